package org.mailpath.ui.trace;

import java.util.concurrent.CompletableFuture;
import org.mailpath.address.Target;
import org.mailpath.app.TraceService.Outcome;
import org.mailpath.trace.TraceListener;

/**
 * What the window needs from the trace machinery: start one trace, hear its events, get its
 * outcome. Cancelling the returned future must stop the trace.
 */
@FunctionalInterface
public interface TraceRunner {
  CompletableFuture<Outcome> trace(Target target, TraceListener listener);
}
