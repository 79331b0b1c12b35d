package org.mailpath.ui.timeline;

import org.mailpath.context.StepStatus;
import org.mailpath.finding.Severity;

/** What a step's status column says: its own status, or the severity of what it found. */
final class StepStatusDisplay {
  private StepStatusDisplay() {}

  /**
   * A step that ended OK, with a warning, or skipped, but raised a warning or an error, shows that
   * severity; a failed, running or cancelled step keeps its status.
   */
  static boolean showsFinding(StepStatus status, Severity found) {
    boolean finishedQuietly =
        status == StepStatus.OK || status == StepStatus.WARNING || status == StepStatus.SKIPPED;
    return finishedQuietly && found != null && !Severity.WARNING.isWorseThan(found);
  }
}
