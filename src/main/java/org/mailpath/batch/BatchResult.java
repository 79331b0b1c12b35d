package org.mailpath.batch;

import org.mailpath.trace.TraceReport;

/**
 * What one target of a batch ended with: a report, or why no trace could run.
 *
 * @param target the target
 * @param report the report, or null when the trace could not run
 * @param failure one line saying why the trace could not run, or null
 */
public record BatchResult(BatchTarget target, TraceReport report, String failure) {

  public static BatchResult of(BatchTarget target, TraceReport report) {
    return new BatchResult(target, report, null);
  }

  public static BatchResult failed(BatchTarget target, String failure) {
    return new BatchResult(target, null, failure);
  }

  public boolean failedToRun() {
    return report == null;
  }
}
