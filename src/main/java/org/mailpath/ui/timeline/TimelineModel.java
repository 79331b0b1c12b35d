package org.mailpath.ui.timeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mailpath.context.StepLog;
import org.mailpath.context.StepRecord;
import org.mailpath.context.StepStatus;
import org.mailpath.dns.MxResolution;
import org.mailpath.finding.Finding;
import org.mailpath.finding.Severity;
import org.mailpath.smtp.TranscriptLine;
import org.mailpath.trace.ConnectionReport;
import org.mailpath.trace.TraceEvent;
import org.mailpath.trace.TraceReport;

/**
 * The steps of one trace, grouped as DNS first, then one group per MX connection in the order they
 * were planned. Fed by live events, or all at once from a finished or stored report. FX thread
 * only.
 */
public final class TimelineModel {

  /** The scope the engine gives trace-wide (DNS) steps. */
  public static final String DNS_SCOPE = StepLog.TRACE_SCOPE;

  private final ObservableList<TimelineGroup> groups = FXCollections.observableArrayList();
  // Kept in a field: an unmodifiable view only weakly listens to the list behind it.
  private final ObservableList<TimelineGroup> groupsView =
      FXCollections.unmodifiableObservableList(groups);
  private final Map<String, TimelineGroup> groupsByScope = new LinkedHashMap<>();

  /** The worst severity among {@code findings}; null when there are none. */
  public static Severity worstOf(List<Finding> findings) {
    return findings.isEmpty()
        ? null
        : Severity.worst(findings.stream().map(Finding::severity).toList());
  }

  public ObservableList<TimelineGroup> groups() {
    return groupsView;
  }

  public void clear() {
    groups.clear();
    groupsByScope.clear();
  }

  /** Applies a batch of live events; transcript lines are added per connection in one go. */
  public void apply(List<TraceEvent> batch) {
    Map<String, List<TranscriptLine>> lines = new LinkedHashMap<>();
    for (TraceEvent event : batch) {
      if (event instanceof TraceEvent.ConnectionPlanned planned) {
        group(planned.plan().id()).plan(planned.plan());
      } else if (event instanceof TraceEvent.StepStarted started) {
        step(started.step());
      } else if (event instanceof TraceEvent.StepFinished finished) {
        step(finished.step());
      } else if (event instanceof TraceEvent.TranscriptAppended appended) {
        lines
            .computeIfAbsent(appended.connectionId(), id -> new java.util.ArrayList<>())
            .add(appended.line());
      }
    }
    lines.forEach((connection, added) -> group(connection).appendTranscript(added));
  }

  /** Brings the timeline in line with a report: what the report says wins over live events. */
  public void show(TraceReport report) {
    boolean dnsConsulted =
        !report.steps().isEmpty() || report.resolution().outcome() != MxResolution.Outcome.DIRECT;
    if (dnsConsulted) { // a [host]:port target goes straight to the host
      group(DNS_SCOPE).resolved(report.resolution());
    }
    report.steps().forEach(this::step);
    for (ConnectionReport connection : report.connections()) {
      TimelineGroup group = group(connection.plan().id());
      group.plan(connection.plan());
      connection.steps().forEach(group::upsert);
      group.replaceTranscript(connection.transcript());
      group.observed(
          connection.smtp(),
          connection.tls(),
          connection.versions(),
          connection.tls12CipherSuites());
    }
  }

  /** Marks each connection with the worst of the findings about it. */
  public void attribute(List<Finding> findings) {
    groups.forEach(group -> group.attribute(findings));
  }

  /**
   * Where a finding shows on the timeline: the step it was attributed to, else the connection it is
   * about, else the DNS group (findings about the domain: its records and policies); null when the
   * timeline has none of these.
   */
  public TimelineRow rowOf(Finding finding) {
    for (TimelineGroup group : groups) {
      for (TimelineStep step : group.steps()) {
        if (step.findingsProperty().get().contains(finding)) {
          return step;
        }
      }
    }
    for (TimelineGroup group : groups) {
      if (group.findingsProperty().get().contains(finding)) {
        return group;
      }
    }
    return groupsByScope.get(DNS_SCOPE);
  }

  /** After a cancel or a failure: steps still running will not finish. */
  public void markUnfinishedAs(StepStatus finalStatus) {
    groups.forEach(group -> group.markUnfinishedAs(finalStatus));
  }

  /** How many steps have finished so far. */
  public long finishedSteps() {
    return groups.stream()
        .flatMap(group -> group.steps().stream())
        .filter(step -> step.statusProperty().get().isFinished())
        .count();
  }

  private void step(StepRecord record) {
    group(record.scope()).upsert(record);
  }

  private TimelineGroup group(String scope) {
    TimelineGroup group = groupsByScope.get(scope);
    if (group == null) {
      group = new TimelineGroup(scope, DNS_SCOPE.equals(scope) ? "DNS" : scope);
      groupsByScope.put(scope, group);
      if (DNS_SCOPE.equals(scope)) {
        groups.add(0, group); // DNS comes first even if a connection reported earlier
      } else {
        groups.add(group);
      }
    }
    return group;
  }
}
