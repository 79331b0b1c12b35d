package org.mailpath.batch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.function.Function;
import org.mailpath.finding.Severity;

/**
 * Runs the traces of a batch: at most {@code concurrency} at a time, never two whose server
 * addresses overlap beyond what the {@link AddressLimiter} allows, each result handed to the sink
 * the moment it is known. {@link #stop} (Ctrl-C, the window's Stop) starts nothing more and cancels
 * what runs; what the sink accepted stays, the rest is traced again on resumption.
 */
public final class BatchRunner {

  private final Tracer tracer;
  private final ResultSink sink;
  private final int concurrency;
  private final AddressLimiter limiter;
  private final Function<String, Set<String>> addressesOf;
  private final Clock clock;
  private final Consumer<BatchProgress> progress;
  private final Set<CompletableFuture<?>> running = ConcurrentHashMap.newKeySet();
  private final CountDownLatch finished = new CountDownLatch(1);
  private volatile boolean stopped;
  private volatile RuntimeException sinkFailure;

  private int done;
  private int doneThisSession;
  private int failures;
  private int errors;
  private int total;
  private Instant started;

  /**
   * @param addressesOf the server addresses a target will be dialled on, as far as known before its
   *     trace (empty when not known)
   * @param progress told after every result, from worker threads
   */
  public BatchRunner(
      Tracer tracer,
      ResultSink sink,
      int concurrency,
      AddressLimiter limiter,
      Function<String, Set<String>> addressesOf,
      Clock clock,
      Consumer<BatchProgress> progress) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1: " + concurrency);
    }
    this.tracer = tracer;
    this.sink = sink;
    this.concurrency = concurrency;
    this.limiter = limiter;
    this.addressesOf = addressesOf;
    this.clock = clock;
    this.progress = progress;
  }

  /**
   * Traces {@code pending} and returns once every started trace has ended.
   *
   * @param alreadyDone targets of this run finished before (a resumed run)
   * @param runTotal targets in the whole run
   * @throws RuntimeException what the sink threw, after the running traces were stopped
   */
  public BatchProgress run(List<BatchTarget> pending, int alreadyDone, int runTotal)
      throws InterruptedException {
    Semaphore slots = new Semaphore(concurrency);
    synchronized (this) {
      done = alreadyDone;
      total = runTotal;
      started = clock.instant();
    }
    try {
      for (BatchTarget target : pending) {
        if (stopped) {
          break;
        }
        slots.acquire();
        AddressLimiter.Lease lease;
        try {
          lease = limiter.acquire(addressesOf.apply(target.target()));
        } catch (InterruptedException e) {
          slots.release();
          throw e;
        }
        if (stopped) {
          lease.close();
          slots.release();
          break;
        }
        start(target, lease, slots);
      }
      slots.acquire(concurrency); // every started trace has ended
    } finally {
      finished.countDown();
    }
    if (sinkFailure != null) {
      throw sinkFailure;
    }
    return snapshot();
  }

  private void start(BatchTarget target, AddressLimiter.Lease lease, Semaphore slots) {
    CompletableFuture<?> trace;
    try {
      trace = tracer.trace(target.target());
    } catch (RuntimeException e) {
      trace = CompletableFuture.failedFuture(e);
    }
    running.add(trace);
    if (stopped) {
      trace.cancel(true); // stop() ran while this trace was starting: it missed this one
    }
    CompletableFuture<?> started = trace;
    trace.whenComplete(
        (report, error) -> {
          try {
            running.remove(started);
            if (!stopped || !(unwrap(error) instanceof CancellationException)) {
              BatchResult result =
                  error == null
                      ? BatchResult.of(target, (org.mailpath.trace.TraceReport) report)
                      : BatchResult.failed(target, rootMessage(error));
              deliver(result);
            }
          } finally {
            lease.close();
            slots.release();
          }
        });
  }

  private void deliver(BatchResult result) {
    if (sinkFailure != null) {
      return;
    }
    try {
      sink.accept(result);
    } catch (RuntimeException e) {
      sinkFailure = e;
      stop();
      return;
    }
    BatchProgress now;
    synchronized (this) {
      done++;
      doneThisSession++;
      if (result.failedToRun()) {
        failures++;
      } else if (result.report().worstSeverity() == Severity.ERROR) {
        errors++;
      }
      now = snapshot();
    }
    progress.accept(now);
  }

  /** Starts nothing more and cancels the running traces; safe from any thread, repeatable. */
  public void stop() {
    stopped = true;
    running.forEach(f -> f.cancel(true));
  }

  /** Waits until {@link #run} has returned (a shutdown hook waits here after {@link #stop}). */
  public boolean awaitFinished(Duration timeout) throws InterruptedException {
    return finished.await(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
  }

  public boolean stopped() {
    return stopped;
  }

  private synchronized BatchProgress snapshot() {
    Duration elapsed = started == null ? Duration.ZERO : Duration.between(started, clock.instant());
    return new BatchProgress(done, total, failures, errors, elapsed, doneThisSession);
  }

  private static Throwable unwrap(Throwable error) {
    return error instanceof CompletionException && error.getCause() != null
        ? error.getCause()
        : error;
  }

  static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
  }
}
