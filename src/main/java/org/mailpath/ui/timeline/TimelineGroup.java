package org.mailpath.ui.timeline;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mailpath.context.StepKind;
import org.mailpath.context.StepRecord;
import org.mailpath.context.StepStatus;
import org.mailpath.dns.MxResolution;
import org.mailpath.finding.Finding;
import org.mailpath.finding.Severity;
import org.mailpath.smtp.ConnectionPlan;
import org.mailpath.smtp.SmtpObservation;
import org.mailpath.smtp.TranscriptLine;
import org.mailpath.tls.CipherSuiteInfo;
import org.mailpath.tls.TlsObservation;
import org.mailpath.tls.VersionResult;

/**
 * A group of the timeline: the DNS phase, or one SMTP connection with its steps, transcript and TLS
 * facts. Its status, duration and summary follow from its steps.
 */
public final class TimelineGroup implements TimelineRow {

  // Which status a group shows when its steps differ: the most alarming one wins.
  private static final List<StepStatus> STATUS_PRECEDENCE =
      List.of(
          StepStatus.RUNNING,
          StepStatus.FAILED,
          StepStatus.CANCELLED,
          StepStatus.WARNING,
          StepStatus.OK,
          StepStatus.SKIPPED);

  private final String scope;
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
  private final ReadOnlyObjectWrapper<StepStatus> status =
      new ReadOnlyObjectWrapper<>(this, "status");
  private final ReadOnlyObjectWrapper<Duration> duration =
      new ReadOnlyObjectWrapper<>(this, "duration");
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
  private final ObservableList<TimelineStep> steps = FXCollections.observableArrayList();
  // Views kept in fields: an unmodifiable view only weakly listens to the list behind it.
  private final ObservableList<TimelineStep> stepsView =
      FXCollections.unmodifiableObservableList(steps);
  private final Map<String, TimelineStep> stepsById = new HashMap<>();
  private final ObservableList<TranscriptLine> transcript = FXCollections.observableArrayList();
  private final ObservableList<TranscriptLine> transcriptView =
      FXCollections.unmodifiableObservableList(transcript);
  private final ReadOnlyObjectWrapper<ConnectionPlan> plan =
      new ReadOnlyObjectWrapper<>(this, "plan");
  private final ReadOnlyObjectWrapper<TlsObservation> tls =
      new ReadOnlyObjectWrapper<>(this, "tls");
  private final ReadOnlyObjectWrapper<List<VersionResult>> versions =
      new ReadOnlyObjectWrapper<>(this, "versions", List.of());
  private final ReadOnlyObjectWrapper<List<CipherSuiteInfo>> cipherSuites =
      new ReadOnlyObjectWrapper<>(this, "cipherSuites", List.of());
  private final ReadOnlyObjectWrapper<Severity> worstFinding =
      new ReadOnlyObjectWrapper<>(this, "worstFinding");
  private final ReadOnlyObjectWrapper<List<Finding>> findings =
      new ReadOnlyObjectWrapper<>(this, "findings", List.of());
  private final ReadOnlyObjectWrapper<SmtpObservation> smtp =
      new ReadOnlyObjectWrapper<>(this, "smtp");
  private final ReadOnlyObjectWrapper<MxResolution> resolution =
      new ReadOnlyObjectWrapper<>(this, "resolution");

  TimelineGroup(String scope, String title) {
    this.scope = scope;
    this.title.set(title);
  }

  public String scope() {
    return scope;
  }

  public boolean isDns() {
    return TimelineModel.DNS_SCOPE.equals(scope);
  }

  public ObservableList<TimelineStep> steps() {
    return stepsView;
  }

  /** The SMTP dialogue of this connection, line by line as it arrives. */
  public ObservableList<TranscriptLine> transcript() {
    return transcriptView;
  }

  void plan(ConnectionPlan value) {
    plan.set(value);
    title.set(value.label());
  }

  void upsert(StepRecord record) {
    TimelineStep step = stepsById.get(record.id());
    if (step == null) {
      step = new TimelineStep(record, this);
      stepsById.put(record.id(), step);
      steps.add(step);
    } else {
      step.update(record);
    }
    refresh();
  }

  void appendTranscript(List<TranscriptLine> lines) {
    transcript.addAll(lines);
  }

  void replaceTranscript(List<TranscriptLine> lines) {
    if (!transcript.equals(lines)) {
      transcript.setAll(lines);
    }
  }

  void observed(
      SmtpObservation smtpFacts,
      TlsObservation tlsFacts,
      List<VersionResult> sweep,
      List<CipherSuiteInfo> tls12Suites) {
    versions.set(List.copyOf(sweep));
    cipherSuites.set(List.copyOf(tls12Suites));
    smtp.set(smtpFacts);
    tls.set(tlsFacts);
    refresh();
  }

  void resolved(MxResolution value) {
    resolution.set(value);
  }

  /** Takes the findings about this connection (whose subject is its label or its host). */
  void attribute(List<Finding> all) {
    ConnectionPlan connection = plan.get();
    List<Finding> about =
        connection == null ? List.of() : all.stream().filter(f -> isAbout(connection, f)).toList();
    findings.set(about);
    worstFinding.set(connection == null ? null : TimelineModel.worstOf(about));
    StepKind failed = StepFindings.failedStep(steps);
    steps.forEach(step -> step.attribute(StepFindings.of(step, about, failed)));
  }

  /** The findings about this connection (empty for the DNS group). */
  public ReadOnlyObjectProperty<List<Finding>> findingsProperty() {
    return findings.getReadOnlyProperty();
  }

  // A finding names the connection ("host [address]:port") or, for what holds per host, the host.
  private static boolean isAbout(ConnectionPlan connection, Finding finding) {
    return connection.label().equals(finding.subject())
        || connection.mxHost().equals(finding.subject());
  }

  /** The worst severity among the findings about this connection; null when there are none. */
  public ReadOnlyObjectProperty<Severity> worstFindingProperty() {
    return worstFinding.getReadOnlyProperty();
  }

  void markUnfinishedAs(StepStatus finalStatus) {
    steps.forEach(step -> step.markUnfinishedAs(finalStatus));
    refresh();
  }

  private void refresh() {
    status.set(
        STATUS_PRECEDENCE.stream()
            .filter(
                candidate -> steps.stream().anyMatch(s -> s.statusProperty().get() == candidate))
            .findFirst()
            .orElse(null));
    duration.set(
        steps.stream()
            .map(s -> s.durationProperty().get())
            .filter(d -> d != null)
            .reduce(Duration.ZERO, Duration::plus));
    summary.set(describe());
  }

  private String describe() {
    TlsObservation facts = tls.get();
    if (facts != null && facts.established()) {
      return facts.version() + " · " + facts.cipherSuite();
    }
    if (facts != null && facts.failure() != null) {
      return "TLS failed: " + facts.failure();
    }
    return steps.isEmpty() ? "" : steps.get(steps.size() - 1).summaryProperty().get();
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

  public ReadOnlyObjectProperty<ConnectionPlan> planProperty() {
    return plan.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<TlsObservation> tlsProperty() {
    return tls.getReadOnlyProperty();
  }

  /** What the server did with each TLS version offered alone; empty until the trace ends. */
  public ReadOnlyObjectProperty<List<VersionResult>> versionsProperty() {
    return versions.getReadOnlyProperty();
  }

  /** The TLS 1.2 suites the server accepted, in its order; empty unless enumerated (--deep). */
  public ReadOnlyObjectProperty<List<CipherSuiteInfo>> cipherSuitesProperty() {
    return cipherSuites.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<SmtpObservation> smtpProperty() {
    return smtp.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<MxResolution> resolutionProperty() {
    return resolution.getReadOnlyProperty();
  }

  @Override
  public TimelineGroup group() {
    return this;
  }
}
