package org.mailpath.ui.timeline;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.mailpath.context.StepKind;
import org.mailpath.context.StepRecord;
import org.mailpath.context.StepStatus;
import org.mailpath.finding.Finding;
import org.mailpath.finding.Severity;

/** One step of the timeline, updated in place as the step starts and finishes. */
public final class TimelineStep implements TimelineRow {

  private final String id;
  private final StepKind kind;
  private final TimelineGroup group;
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
  private final ReadOnlyObjectWrapper<StepStatus> status =
      new ReadOnlyObjectWrapper<>(this, "status");
  private final ReadOnlyObjectWrapper<Duration> duration =
      new ReadOnlyObjectWrapper<>(this, "duration");
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary");
  private final ReadOnlyObjectWrapper<Severity> worstFinding =
      new ReadOnlyObjectWrapper<>(this, "worstFinding");
  private final ReadOnlyObjectWrapper<List<Finding>> findings =
      new ReadOnlyObjectWrapper<>(this, "findings", List.of());
  private Instant started;

  TimelineStep(StepRecord record, TimelineGroup group) {
    this.id = record.id();
    this.kind = record.kind();
    this.group = group;
    title.set(record.kind().label());
    update(record);
  }

  void update(StepRecord record) {
    started = record.started();
    status.set(record.status());
    duration.set(record.status().isFinished() ? record.duration() : null);
    summary.set(record.summary() == null ? "" : record.summary());
  }

  void markUnfinishedAs(StepStatus finalStatus) {
    if (status.get() == StepStatus.RUNNING) {
      status.set(finalStatus);
    }
  }

  void attribute(List<Finding> about) {
    findings.set(about);
    worstFinding.set(TimelineModel.worstOf(about));
  }

  /** The findings this step raised (or that describe what it found). */
  public ReadOnlyObjectProperty<List<Finding>> findingsProperty() {
    return findings.getReadOnlyProperty();
  }

  /** The worst severity among this step's findings; null when there are none. */
  public ReadOnlyObjectProperty<Severity> worstFindingProperty() {
    return worstFinding.getReadOnlyProperty();
  }

  public String id() {
    return id;
  }

  public StepKind kind() {
    return kind;
  }

  public Instant started() {
    return started;
  }

  @Override
  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  @Override
  public ReadOnlyObjectProperty<StepStatus> statusProperty() {
    return status.getReadOnlyProperty();
  }

  @Override
  public ReadOnlyObjectProperty<Duration> durationProperty() {
    return duration.getReadOnlyProperty();
  }

  @Override
  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  @Override
  public TimelineGroup group() {
    return group;
  }
}
