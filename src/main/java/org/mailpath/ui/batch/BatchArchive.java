package org.mailpath.ui.batch;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.mailpath.batch.BatchResult;
import org.mailpath.batch.BatchTarget;
import org.mailpath.history.BatchRun;

/**
 * Where the window keeps its batch runs: the same runs as {@code mailpath batch}, so a run stopped
 * in the window can be resumed in the window or with {@code batch --resume}. Called on background
 * threads; {@link #record} from several at once.
 */
public interface BatchArchive {

  /** Creates a run with every target pending; returns its number. */
  long create(String source, List<String> arguments, List<BatchTarget> targets);

  /** Stores one result durably (a report becomes a session of the history). */
  void record(long runId, BatchResult result);

  void finish(long runId);

  /** The session holding a done target's report, if it has one. */
  Optional<Long> sessionOf(long runId, int position);

  /** Every done result of a run, in input order, one report in memory at a time. */
  void forEachResult(long runId, Consumer<BatchResult> action);

  /** The newest run that has not finished. */
  Optional<BatchRun> latestUnfinished();

  /** The targets of a run still to trace. */
  List<BatchTarget> pending(long runId);
}
