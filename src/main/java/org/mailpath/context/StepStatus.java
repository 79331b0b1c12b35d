package org.mailpath.context;

/**
 * Where a step stands. A step ends OK, WARNING (done, with a finding), FAILED, or INCONCLUSIVE (the
 * server was slow or said "try again later", or the network in between failed: nothing is known
 * against the server).
 */
public enum StepStatus {
  RUNNING,
  OK,
  WARNING,
  INCONCLUSIVE,
  FAILED,
  SKIPPED,
  CANCELLED;

  public boolean isFinished() {
    return this != RUNNING;
  }
}
