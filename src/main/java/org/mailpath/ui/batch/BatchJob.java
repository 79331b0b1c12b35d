package org.mailpath.ui.batch;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.mailpath.batch.AddressLimiter;
import org.mailpath.batch.BatchRunner;
import org.mailpath.batch.BatchTarget;
import org.mailpath.history.BatchRun;
import org.mailpath.trace.TraceOptions;

/**
 * One batch run as the window runs it, on a background thread: each result stored in the archive
 * the moment it is known, then handed to the inbox as a row. Stopping keeps what is done; the run
 * stays unfinished in history, so it resumes.
 */
final class BatchJob {

  /** Traces at once; as {@code mailpath batch}'s default, polite to shared mail hosts. */
  static final int CONCURRENCY = 8;

  /** The option a window run is started with, stored so that {@code batch --resume} reuses it. */
  static final String QUICK = "--quick";

  private final BatchServices services;
  private final Clock clock;
  private final FxInbox inbox;
  private volatile BatchRunner runner;
  private volatile boolean stopped;

  BatchJob(BatchServices services, Clock clock, FxInbox inbox) {
    this.services = services;
    this.clock = clock;
    this.inbox = inbox;
  }

  /** Creates a run of {@code targets} and traces them; returns the run's number. */
  long start(String source, List<String> targets, boolean quick, java.util.function.LongConsumer id)
      throws InterruptedException {
    List<BatchTarget> numbered = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      numbered.add(new BatchTarget(i, targets.get(i)));
    }
    List<String> arguments =
        quick
            ? List.of(QUICK, "--concurrency", Integer.toString(CONCURRENCY))
            : List.of("--concurrency", Integer.toString(CONCURRENCY));
    long runId = services.archive().create(source, arguments, numbered);
    id.accept(runId);
    trace(runId, numbered, 0, numbered.size(), quick);
    return runId;
  }

  /** Shows what a stopped run had done, then traces the rest. */
  void resume(BatchRun run) throws InterruptedException {
    services.archive().forEachResult(run.id(), result -> inbox.add(BatchRow.of(run.id(), result)));
    List<BatchTarget> pending = services.archive().pending(run.id());
    trace(run.id(), pending, run.total() - pending.size(), run.total(), isQuick(run));
  }

  static boolean isQuick(BatchRun run) {
    return run.arguments().contains(QUICK);
  }

  private void trace(long runId, List<BatchTarget> pending, int done, int total, boolean quick)
      throws InterruptedException {
    TraceOptions options = TraceOptions.builder().quick(quick).build();
    BatchRunner batch =
        new BatchRunner(
            services.tracers().apply(options),
            result -> {
              services.archive().record(runId, result);
              inbox.add(BatchRow.of(runId, result));
            },
            CONCURRENCY,
            // One trace per server address at a time, as the command does.
            new AddressLimiter(1),
            services.addressesOf(),
            clock,
            inbox::progress);
    runner = batch;
    if (stopped) {
      batch.stop();
    }
    batch.run(pending, done, total);
    if (!batch.stopped()) {
      services.archive().finish(runId);
    }
  }

  /** From any thread: starts nothing more and cancels what runs. */
  void stop() {
    stopped = true;
    BatchRunner batch = runner;
    if (batch != null) {
      batch.stop();
    }
  }

  boolean stopped() {
    return stopped;
  }
}
