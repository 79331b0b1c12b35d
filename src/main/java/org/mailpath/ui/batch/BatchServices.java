package org.mailpath.ui.batch;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.mailpath.address.Target;
import org.mailpath.address.TargetParser;
import org.mailpath.app.TraceService;
import org.mailpath.batch.Tracer;
import org.mailpath.context.AddressSlots;
import org.mailpath.context.Budgets;
import org.mailpath.lab.Lab;
import org.mailpath.trace.TraceListener;
import org.mailpath.trace.TraceOptions;

/**
 * What the Batch view runs on: who traces a target with given options, which server addresses a
 * target will be dialled on when that is known beforehand, and where runs are kept.
 *
 * @param tracers a tracer for the options of one run
 * @param addressesOf the lab's addresses of a target, empty for the internet
 * @param archive the batch runs of the history database
 */
public record BatchServices(
    Function<TraceOptions, Tracer> tracers,
    Function<String, Set<String>> addressesOf,
    BatchArchive archive) {

  /**
   * Traces through {@code service} (which must not store sessions itself: the archive stores each
   * result once, linked to its run) and keeps runs in {@code database}.
   */
  public static BatchServices of(TraceService service, Path database, Clock clock) {
    return new BatchServices(
        options -> tracer(service, options),
        BatchServices::labAddresses,
        new HistoryBatchArchive(database, clock));
  }

  /** As {@code mailpath batch}: one set of per-address connection slots for the whole run. */
  static Tracer tracer(TraceService service, TraceOptions options) {
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
  static Set<String> labAddresses(String text) {
    try {
      String name = TargetParser.parse(text).asciiName();
      return Lab.covers(name) ? Lab.shared().mailHostAddresses(name) : Set.of();
    } catch (IllegalArgumentException e) {
      return Set.of();
    }
  }
}
