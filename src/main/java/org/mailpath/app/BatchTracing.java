package org.mailpath.app;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.mailpath.address.Target;
import org.mailpath.address.TargetParser;
import org.mailpath.batch.Tracer;
import org.mailpath.context.AddressSlots;
import org.mailpath.context.Budgets;
import org.mailpath.lab.Lab;
import org.mailpath.trace.TraceListener;
import org.mailpath.trace.TraceOptions;

/** How a batch run traces its targets, the same from the command line and from the window. */
public final class BatchTracing {
  private BatchTracing() {}

  /**
   * Traces each target through {@code service} (which stores nothing itself: the run stores each
   * result once), every trace taking its connections from one set of slots for the whole run, so
   * that at most two are open to one address at a time whichever domains point at it.
   */
  public static Tracer tracer(TraceService service, TraceOptions options) {
    TraceOptions shared =
        options.toBuilder()
            .addressSlots(new AddressSlots(Budgets.defaults().connectionsPerAddress()))
            .build();
    return text -> {
      Target target;
      try {
        target = TargetParser.parse(text);
      } catch (IllegalArgumentException e) { // includes InvalidTargetException
        return CompletableFuture.failedFuture(e);
      }
      return service.trace(target, shared, false, TraceListener.NONE).thenApply(o -> o.report());
    };
  }

  /** The lab knows its hosts' addresses before any DNS query; for the internet, none is known. */
  public static Set<String> labAddresses(String text) {
    try {
      String name = TargetParser.parse(text).asciiName();
      return Lab.covers(name) ? Lab.shared().mailHostAddresses(name) : Set.of();
    } catch (IllegalArgumentException e) {
      return Set.of();
    }
  }
}
