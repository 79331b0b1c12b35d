package org.mailpath.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import org.mailpath.address.Target;
import org.mailpath.app.TraceService;
import org.mailpath.context.proxy.ProxyException;
import org.mailpath.context.proxy.SshJump;
import org.mailpath.history.HistoryStore;
import org.mailpath.lab.Lab;
import org.mailpath.text.Faults;
import org.mailpath.trace.TraceListener;
import org.mailpath.trace.TraceOptions;

/** Runs one trace for a command on a daemon pool; a failure to run is one line on stderr. */
final class TraceRunner {
  private TraceRunner() {}

  static Optional<TraceService.Outcome> run(
      Target target, TraceOptions options, boolean store, TraceListener listener, PrintWriter err) {
    return run(target, options, store ? HistoryStore.defaultDatabase() : null, listener, err);
  }

  /** Runs the trace and stores it in {@code database}, unless that is null. */
  static Optional<TraceService.Outcome> run(
      Target target, TraceOptions options, Path database, TraceListener listener, PrintWriter err) {
    SshJump jump = options.dialer() instanceof SshJump j ? j : null;
    if (jump != null) {
      try {
        // Started before the trace, so that a failing ssh is one clear error, not a finding per MX.
        jump.start(SshJump.START_TIMEOUT);
      } catch (ProxyException e) {
        err.println("mailpath: the trace could not run: " + e.getMessage());
        jump.close();
        return Optional.empty();
      }
    }
    ExecutorService executor = Executors.daemonPool();
    try {
      TraceService service = new TraceService(executor, Clock.systemUTC(), Lab::shared, database);
      return Optional.of(service.trace(target, options, database != null, listener).get());
    } catch (ExecutionException | RuntimeException e) {
      err.println("mailpath: the trace could not run: " + rootMessage(e));
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } finally {
      executor.shutdownNow();
      if (jump != null) {
        jump.close();
      }
    }
  }

  /**
   * After the result is printed: says on stderr that the session is missing from history, and why.
   * The exit status stays the trace's own; the result itself is complete.
   */
  static void sayIfNotStored(TraceService.Outcome outcome, PrintWriter err) {
    if (outcome.notStored() != null) {
      err.println("mailpath: this trace was not stored in history: " + outcome.notStored());
      err.flush();
    }
  }

  /** The deepest cause, in words (never a Java class name). */
  static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return Faults.describe(cause);
  }
}
