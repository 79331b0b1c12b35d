package org.mailpath.context;

/** Where a step stands. A step ends OK, WARNING (done, with a finding) or FAILED. */
public enum StepStatus {
  RUNNING,
  OK,
  WARNING,
  FAILED,
  SKIPPED,
  CANCELLED;

  public boolean isFinished() {
    return this != RUNNING;
  }
}
