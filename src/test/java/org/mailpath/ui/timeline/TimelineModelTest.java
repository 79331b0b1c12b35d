package org.mailpath.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailpath.context.StepKind;
import org.mailpath.context.StepRecord;
import org.mailpath.context.StepStatus;
import org.mailpath.dns.DnssecStatus;
import org.mailpath.dns.MxResolution;
import org.mailpath.finding.FindingCode;
import org.mailpath.finding.Severity;
import org.mailpath.trace.TraceEvent;
import org.mailpath.trace.TraceReport;
import org.mailpath.ui.trace.ScriptedTrace;

class TimelineModelTest {

  private final TimelineModel timeline = new TimelineModel();

  @Test
  void group_oneStepFailedOneOk_showsFailedAndTheSumOfDurations() {
    timeline.apply(
        List.of(
            new TraceEvent.StepFinished(finished("c1/connect", StepKind.CONNECT, StepStatus.OK, 5)),
            new TraceEvent.StepFinished(
                finished("c1/tls", StepKind.TLS_HANDSHAKE, StepStatus.FAILED, 7))));

    TimelineGroup group = timeline.groups().get(0);
    assertThat(group.statusProperty().get()).isEqualTo(StepStatus.FAILED);
    assertThat(group.durationProperty().get()).isEqualTo(Duration.ofMillis(12));
  }

  @Test
  void group_aStepStillRunning_showsRunning() {
    timeline.apply(
        List.of(
            new TraceEvent.StepFinished(
                finished("c1/connect", StepKind.CONNECT, StepStatus.FAILED, 5)),
            new TraceEvent.StepStarted(
                new StepRecord(
                    "c1/quit",
                    "c1",
                    StepKind.QUIT,
                    StepStatus.RUNNING,
                    Instant.EPOCH,
                    Duration.ZERO,
                    ""))));

    assertThat(timeline.groups().get(0).statusProperty().get()).isEqualTo(StepStatus.RUNNING);
  }

  @Test
  void show_reportOfAHostTarget_hasNoDnsGroup() {
    TraceReport traced = new ScriptedTrace().report();
    MxResolution direct =
        new MxResolution(
            "127.0.0.1",
            MxResolution.Outcome.DIRECT,
            List.of(),
            List.of(),
            List.of(),
            "none",
            null,
            DnssecStatus.UNCHECKED,
            null);
    TraceReport hostTarget =
        new TraceReport(
            "[127.0.0.1]:2525",
            "127.0.0.1",
            "internet",
            "test",
            traced.started(),
            traced.duration(),
            direct,
            List.of(),
            traced.connections(),
            traced.findings(),
            false);

    timeline.show(hostTarget);

    assertThat(timeline.groups()).extracting(TimelineGroup::scope).containsExactly("c1");
  }

  @Test
  void show_afterLiveEvents_keepsTheRowsAndAddsTheTlsFacts() {
    ScriptedTrace trace = new ScriptedTrace();
    timeline.apply(trace.events());
    TimelineStep liveRow = timeline.groups().get(1).steps().get(0);

    timeline.show(trace.report());

    assertThat(timeline.groups().get(1).steps().get(0)).isSameAs(liveRow);
    assertThat(timeline.groups().get(1).transcript())
        .hasSize(trace.report().connections().get(0).transcript().size());
    assertThat(timeline.groups().get(1).tlsProperty().get()).isNotNull();
  }

  private static StepRecord finished(String id, StepKind kind, StepStatus status, long millis) {
    return new StepRecord(id, "c1", kind, status, Instant.EPOCH, Duration.ofMillis(millis), "");
  }

  @Test
  void worstOf_noFindings_isNull() {
    assertThat(TimelineModel.worstOf(List.of())).isNull();
    assertThat(TimelineModel.worstOf(List.of(FindingCode.NULL_MX.raise("x", ""))))
        .isEqualTo(Severity.ERROR);
  }

  @Test
  void attribute_tls10HandshakeAndStarttlsSkipped_stepsShowTheirWorstFinding() {
    org.mailpath.smtp.ConnectionPlan plan =
        new org.mailpath.smtp.ConnectionPlan("c1", "mx.example.org", 10, "192.0.2.1", 25);
    timeline.apply(
        List.of(
            new TraceEvent.ConnectionPlanned(plan),
            new TraceEvent.StepFinished(finished("c1/connect", StepKind.CONNECT, StepStatus.OK, 1)),
            new TraceEvent.StepFinished(
                finished("c1/tls", StepKind.TLS_HANDSHAKE, StepStatus.OK, 2)),
            new TraceEvent.StepFinished(
                finished("c1/starttls", StepKind.STARTTLS, StepStatus.SKIPPED, 0))));

    timeline.attribute(
        List.of(
            FindingCode.TLS_MAX_VERSION_1_0.raise(plan.label(), "TLS 1.0 only", List.of()),
            FindingCode.STARTTLS_NOT_SUPPORTED.raise(plan.label(), "no STARTTLS", List.of())));

    List<TimelineStep> steps = timeline.groups().get(0).steps();
    assertThat(steps)
        .extracting(step -> step.worstFindingProperty().get())
        .containsExactly(null, Severity.ERROR, Severity.ERROR);
    assertThat(StepStatusDisplay.showsFinding(StepStatus.OK, Severity.ERROR)).isTrue();
    assertThat(StepStatusDisplay.showsFinding(StepStatus.SKIPPED, Severity.ERROR)).isTrue();
    assertThat(StepStatusDisplay.showsFinding(StepStatus.OK, null)).isFalse();
  }

  @Test
  void rowOf_findingAttributedToAStep_isThatStep() {
    TraceReport traced = new ScriptedTrace().report();
    timeline.show(traced);
    timeline.attribute(traced.findings());

    TimelineRow row = timeline.rowOf(findingCoded(traced, "requiretls-not-advertised"));

    assertThat(row).isInstanceOf(TimelineStep.class);
    assertThat(((TimelineStep) row).kind()).isEqualTo(StepKind.EHLO_AFTER_TLS);
    assertThat(row.group().scope()).isEqualTo("c1");
  }

  @Test
  void rowOf_findingAboutTheConnectionButNoStep_isTheConnection() {
    TraceReport traced = new ScriptedTrace().report();
    timeline.show(traced);
    org.mailpath.finding.Finding match =
        FindingCode.DANE_TLSA_MATCH.raise(ScriptedTrace.PLAN.label(), "", List.of());
    timeline.attribute(List.of(match));

    assertThat(timeline.rowOf(match)).isSameAs(timeline.groups().get(1));
  }

  @Test
  void rowOf_findingAboutTheDomain_isTheDnsGroup() {
    TraceReport traced = new ScriptedTrace().report();
    timeline.show(traced);
    timeline.attribute(traced.findings());

    TimelineRow row = timeline.rowOf(findingCoded(traced, "tlsrpt-present"));

    assertThat(row).isSameAs(timeline.groups().get(0));
    assertThat(row.group().isDns()).isTrue();
  }

  private static org.mailpath.finding.Finding findingCoded(TraceReport report, String code) {
    return report.findings().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
  }
}
