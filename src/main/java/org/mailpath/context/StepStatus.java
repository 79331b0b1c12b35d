package org.mailpath.context;

/**
 * Where a step stands. A step ends OK, WARNING (done, with a finding), FAILED, or INCONCLUSIVE (the
 * server was slow or said "try again later", or the network in between failed: nothing is known
 * against the server).
 */
public enum StepStatus {
  RUNNING("running"),
  OK("done"),
  WARNING("warning"),
  INCONCLUSIVE("inconclusive"),
  FAILED("failed"),
  SKIPPED("skipped"),
  CANCELLED("cancelled");

  private final String label;

  StepStatus(String label) {
    this.label = label;
  }

  /** The status in words: "running", "done", "failed". */
  public String label() {
    return label;
  }

  public boolean isFinished() {
    return this != RUNNING;
  }
}
