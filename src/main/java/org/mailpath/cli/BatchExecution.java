package org.mailpath.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import org.mailpath.app.BatchTracing;
import org.mailpath.app.TraceService;
import org.mailpath.batch.AddressLimiter;
import org.mailpath.batch.BatchRunner;
import org.mailpath.batch.BatchSummary;
import org.mailpath.batch.BatchTarget;
import org.mailpath.batch.ResultFiles;
import org.mailpath.finding.Severity;
import org.mailpath.history.BatchRun;
import org.mailpath.history.BatchRuns;
import org.mailpath.lab.Lab;
import org.mailpath.trace.TraceOptions;

/**
 * Runs the pending targets of one batch run: traces on a daemon pool, each result stored in history
 * as it finishes, Ctrl-C (a shutdown hook) stopping cleanly, and at the end the JSON Lines, CSV and
 * summary written from what history holds.
 */
final class BatchExecution {

  /** How long Ctrl-C waits for running traces to close their sockets. */
  private static final Duration STOP_GRACE = Duration.ofSeconds(10);

  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean terminal;
  private final int concurrency;
  private final Path output;
  private final Path csv;
  private final Clock clock = Clock.systemUTC();

  BatchExecution(
      PrintWriter out, PrintWriter err, boolean terminal, int concurrency, Path output, Path csv) {
    this.out = out;
    this.err = err;
    this.terminal = terminal;
    this.concurrency = concurrency;
    this.output = output;
    this.csv = csv;
  }

  int run(BatchRuns runs, long runId, TraceOptions options)
      throws IOException, InterruptedException {
    BatchRun run = runs.run(runId).orElseThrow();
    List<BatchTarget> pending = runs.pending(runId);
    ExecutorService executor = Executors.daemonPool();
    TraceService service = new TraceService(executor, clock, Lab::shared, null);
    BatchProgressPrinter progress = new BatchProgressPrinter(err, terminal);
    BatchRunner runner =
        new BatchRunner(
            BatchTracing.tracer(service, options),
            result -> runs.record(runId, result, clock.instant()),
            concurrency,
            // One trace per address: a trace keeps its own connections to one address to two.
            new AddressLimiter(1),
            BatchTracing::labAddresses,
            clock,
            progress);
    Thread hook =
        new Thread(
            () -> {
              runner.stop();
              try {
                runner.awaitFinished(STOP_GRACE);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              progress.end();
              err.println(
                  "batch: stopped; what is done is kept. Resume: mailpath batch --resume " + runId);
              err.flush();
            },
            "batch-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      runner.run(pending, run.done(), run.total());
    } finally {
      removeQuietly(hook);
      executor.shutdownNow();
    }
    if (runner.stopped()) {
      err.println("batch: stopped; resume with: mailpath batch --resume " + runId);
      return BatchCommand.STOPPED;
    }
    if (pending.isEmpty() && run.total() > 0) {
      err.println("batch: run " + runId + " had nothing left to trace");
    }
    runs.finish(runId, clock.instant());
    BatchSummary summary;
    try (ResultFiles files = ResultFiles.create(output, csv)) {
      runs.forEachResult(runId, files::add);
      summary = files.summary();
    }
    new BatchSummaryPrinter(out).print(summary);
    return status(summary);
  }

  static int status(BatchSummary summary) {
    if (summary.targets() == 0 && summary.failedToRun() > 0) {
      return ExitStatus.COULD_NOT_RUN;
    }
    if (count(summary, Severity.ERROR) > 0) {
      return ExitStatus.ERROR_FINDING;
    }
    return count(summary, Severity.INCONCLUSIVE) > 0 ? ExitStatus.INCONCLUSIVE : ExitStatus.OK;
  }

  private static int count(BatchSummary summary, Severity severity) {
    return summary.worstSeverity().getOrDefault(severity.name().toLowerCase(Locale.ROOT), 0);
  }

  private static void removeQuietly(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is shutting down: the hook is running or has run
    }
  }
}
