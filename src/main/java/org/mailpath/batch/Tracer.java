package org.mailpath.batch;

import java.util.concurrent.CompletableFuture;
import org.mailpath.trace.TraceReport;

/** Traces one target of a batch; the batch never sees how (lab, options, engine). */
@FunctionalInterface
public interface Tracer {

  /**
   * Starts a trace. A future that fails means the trace could not run (a bad target, no resolver);
   * cancelling it must cancel the trace.
   */
  CompletableFuture<TraceReport> trace(String target);
}
