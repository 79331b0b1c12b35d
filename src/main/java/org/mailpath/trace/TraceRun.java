package org.mailpath.trace;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.mailpath.address.Target;

/** One trace in progress. (Being written.) */
final class TraceRun {
  TraceRun(
      Target target,
      TraceOptions options,
      TraceListener listener,
      Executor executor,
      Clock clock,
      String toolVersion) {}

  CompletableFuture<TraceReport> start() {
    return CompletableFuture.failedFuture(new UnsupportedOperationException("engine not yet written"));
  }
}
