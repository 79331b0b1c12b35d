package org.mailpath.ui.trace;

import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import org.mailpath.address.Target;
import org.mailpath.app.TraceService.Outcome;
import org.mailpath.trace.TraceListener;
import org.mailpath.trace.TraceOptions;

/**
 * What the window needs from the trace machinery: start one trace, hear its events, get its
 * outcome. Cancelling the returned future must stop the trace.
 */
@FunctionalInterface
public interface TraceRunner {
  CompletableFuture<Outcome> trace(Target target, TraceListener listener);

  /**
   * As {@link #trace(Target, TraceListener)}, with this trace's options changed by {@code adjust}
   * (the window's per-trace choices, such as the lab attacker). A runner without options of its own
   * ignores it.
   */
  default CompletableFuture<Outcome> trace(
      Target target, TraceListener listener, UnaryOperator<TraceOptions> adjust) {
    return trace(target, listener);
  }
}
