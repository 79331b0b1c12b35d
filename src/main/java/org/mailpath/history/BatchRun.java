package org.mailpath.history;

import java.time.Instant;
import java.util.List;

/**
 * One batch run as history keeps it.
 *
 * @param id the run's id
 * @param created when it was created
 * @param source the input it was read from, as named
 * @param arguments the batch options it was started with, to resume with the same
 * @param shard "K/N", the share of the input it traces
 * @param total its targets
 * @param done targets finished (with a report or a failure)
 * @param finished when it ended, or null while targets are pending or it was interrupted
 */
public record BatchRun(
    long id,
    Instant created,
    String source,
    List<String> arguments,
    String shard,
    int total,
    int done,
    Instant finished) {

  public BatchRun {
    arguments = List.copyOf(arguments);
  }
}
