package org.mailpath.ui.batch;

import java.util.Locale;
import org.mailpath.batch.BatchResult;
import org.mailpath.batch.TargetFacts;

/**
 * One row of the results table: a target's headline facts, or why its trace could not run.
 *
 * @param runId the batch run it belongs to
 * @param position its position in the run's input
 * @param target the target as written
 * @param facts its headline facts, or null when the trace could not run
 * @param failure why the trace could not run, or null
 */
public record BatchRow(long runId, int position, String target, TargetFacts facts, String failure) {

  static BatchRow of(long runId, BatchResult result) {
    return new BatchRow(
        runId,
        result.target().position(),
        result.target().target(),
        result.failedToRun() ? null : TargetFacts.of(result.report()),
        result.failure());
  }

  public boolean failedToRun() {
    return facts == null;
  }

  /** The worst severity as shown: "error" … "pass", or "could not run". */
  public String worst() {
    return facts == null ? "could not run" : facts.worstSeverity();
  }

  /** The finding codes, space-separated, or why the trace could not run. */
  public String codes() {
    return facts == null ? failure : String.join(" ", facts.findingCodes());
  }

  /** One column's text; blank for a target that could not run. */
  public String fact(java.util.function.Function<TargetFacts, String> column) {
    return facts == null ? "" : column.apply(facts);
  }

  /** Whether the row mentions {@code needle} in its target, worst severity or finding codes. */
  boolean mentions(String needle) {
    String n = needle.toLowerCase(Locale.ROOT);
    return target.toLowerCase(Locale.ROOT).contains(n)
        || worst().contains(n)
        || (codes() != null && codes().toLowerCase(Locale.ROOT).contains(n));
  }

  /** An error or warning finding, or no trace at all. */
  boolean hasProblem() {
    return facts == null || worst().equals("error") || worst().equals("warning");
  }
}
