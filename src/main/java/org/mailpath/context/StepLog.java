package org.mailpath.context;

import org.mailpath.finding.Finding;

/**
 * Where a stage reports its progress while it works: steps as they start and finish, and the
 * findings it raises. The trace turns these into events for its listeners and keeps them for the
 * report; a quiet session (the version sweep's) reports to {@link #SILENT}.
 */
public interface StepLog {

  /** The scope of the trace-wide steps (DNS, domain policy); connections use their own ids. */
  String TRACE_SCOPE = "DNS";

  /** A step under way; finish it exactly once. */
  interface Step {
    void finish(StepStatus status, String summary);
  }

  Step start(String scope, StepKind kind);

  void finding(String scope, Finding finding);

  /** A step that was not taken, recorded so the timeline shows why. */
  default void skipped(String scope, StepKind kind, String reason) {
    start(scope, kind).finish(StepStatus.SKIPPED, reason);
  }

  /** Reports nothing. */
  StepLog SILENT =
      new StepLog() {
        @Override
        public Step start(String scope, StepKind kind) {
          return (status, summary) -> {};
        }

        @Override
        public void finding(String scope, Finding finding) {}
      };
}
