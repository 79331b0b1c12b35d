package org.mailpath.ui.batch;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import java.util.function.Function;
import org.mailpath.app.BatchTracing;
import org.mailpath.app.TraceService;
import org.mailpath.batch.Tracer;
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
        options -> BatchTracing.tracer(service, options),
        BatchTracing::labAddresses,
        new HistoryBatchArchive(database, clock));
  }
}
