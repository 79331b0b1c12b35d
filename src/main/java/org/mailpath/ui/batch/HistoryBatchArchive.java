package org.mailpath.ui.batch;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.mailpath.batch.BatchResult;
import org.mailpath.batch.BatchTarget;
import org.mailpath.batch.Shard;
import org.mailpath.history.BatchRun;
import org.mailpath.history.BatchRuns;

/**
 * The batch runs of the history database. One connection is opened on first use and kept: a batch
 * stores a result every few milliseconds, and {@link BatchRuns} serialises its callers.
 */
public final class HistoryBatchArchive implements BatchArchive, AutoCloseable {

  private final Path database;
  private final Clock clock;
  private BatchRuns runs;

  public HistoryBatchArchive(Path database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  private synchronized BatchRuns runs() {
    if (runs == null) {
      runs = BatchRuns.open(database);
    }
    return runs;
  }

  @Override
  public long create(String source, List<String> arguments, List<BatchTarget> targets) {
    return runs().create(source, arguments, Shard.ALL.toString(), targets, clock.instant());
  }

  @Override
  public void record(long runId, BatchResult result) {
    runs().record(runId, result, clock.instant());
  }

  @Override
  public void finish(long runId) {
    runs().finish(runId, clock.instant());
  }

  @Override
  public Optional<Long> sessionOf(long runId, int position) {
    return runs().sessionOf(runId, position);
  }

  @Override
  public void forEachResult(long runId, Consumer<BatchResult> action) {
    runs().forEachResult(runId, action);
  }

  @Override
  public Optional<BatchRun> latestUnfinished() {
    return runs().latestUnfinished();
  }

  @Override
  public List<BatchTarget> pending(long runId) {
    return runs().pending(runId);
  }

  @Override
  public synchronized void close() {
    if (runs != null) {
      runs.close();
      runs = null;
    }
  }
}
