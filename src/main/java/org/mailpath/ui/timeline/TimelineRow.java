package org.mailpath.ui.timeline;

import java.time.Duration;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import org.mailpath.context.StepStatus;

/** One row of the timeline: a group (DNS, a connection) or one of its steps. */
public interface TimelineRow {

  ReadOnlyStringProperty titleProperty();

  ReadOnlyObjectProperty<StepStatus> statusProperty();

  ReadOnlyObjectProperty<Duration> durationProperty();

  ReadOnlyStringProperty summaryProperty();

  /** The group this row is, or belongs to. */
  TimelineGroup group();
}
