package org.mailpath.ui.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mailpath.app.TraceService.Outcome;
import org.mailpath.context.StepKind;
import org.mailpath.context.StepRecord;
import org.mailpath.context.StepStatus;
import org.mailpath.finding.FindingCode;
import org.mailpath.lab.scenario.AttackMode;
import org.mailpath.smtp.TranscriptLine;
import org.mailpath.smtp.TranscriptLine.Direction;
import org.mailpath.trace.TraceEvent;
import org.mailpath.ui.timeline.TimelineGroup;
import org.mailpath.ui.timeline.TimelineStep;

/** The main view model, driven by events as the engine would send them; no window involved. */
class TraceViewModelTest {

  private final FakeTraceRunner runner = new FakeTraceRunner();
  // Events are applied at once: the "FX thread" is the test's thread.
  private final TraceViewModel model =
      new TraceViewModel(runner, Runnable::run, new TargetInput(List::of));

  @BeforeEach
  void typeAValidAddress() {
    model.input().textProperty().set("alice@good.mail.test");
  }

  @Test
  void trace_attackerChosenForLabAddress_traceGoesThroughIt() {
    model.input().textProperty().set("alice@good.mail.test");
    model.attackerProperty().set(AttackMode.STRIP);

    model.trace();

    assertThat(runner.lastOptions().labAttacker()).isEqualTo("strip");
  }

  @Test
  void trace_attackerChosenButAddressNotInLab_tracesWithoutIt() {
    model.input().textProperty().set("alice@example.org");
    model.attackerProperty().set(AttackMode.STRIP);

    model.trace();

    assertThat(runner.runs()).isEqualTo(1);
    assertThat(runner.lastOptions()).isNull();
  }

  @Test
  void attackerLabel_namesTheModeAndWhatItDoes() {
    assertThat(AttackerChoice.label(null)).isEqualTo("No attacker");
    assertThat(AttackerChoice.label(AttackMode.REFUSE_STARTTLS))
        .isEqualTo("Attacker: 454 — answers STARTTLS with 454 4.7.0 TLS not available");
  }

  @Test
  void trace_validTarget_runsItAndReportsRunning() {
    model.trace();

    assertThat(runner.lastTarget().asciiName()).isEqualTo("good.mail.test");
    assertThat(model.runningProperty().get()).isTrue();
    assertThat(model.canTraceProperty().get()).isFalse();
    assertThat(model.status().stateProperty().get()).isEqualTo(TraceStatus.State.RUNNING);
  }

  @Test
  void trace_invalidTarget_startsNothing() {
    model.input().textProperty().set("not an address");

    model.trace();

    assertThat(runner.runs()).isZero();
  }

  @Test
  void stepStarted_newConnection_addsGroupWithRunningStep() {
    model.trace();

    runner.emit(new TraceEvent.StepStarted(running("c1/connect", "c1", StepKind.CONNECT)));

    TimelineGroup group = model.timeline().groups().get(0);
    assertThat(group.scope()).isEqualTo("c1");
    assertThat(group.steps())
        .singleElement()
        .satisfies(
            step -> {
              assertThat(step.statusProperty().get()).isEqualTo(StepStatus.RUNNING);
              assertThat(step.durationProperty().get()).isNull();
            });
  }

  @Test
  void stepFinished_updatesTheSameRowInPlace() {
    model.trace();
    StepRecord started = running("c1/tls", "c1", StepKind.TLS_HANDSHAKE);
    runner.emit(new TraceEvent.StepStarted(started));

    runner.emit(
        new TraceEvent.StepFinished(
            started.finish(StepStatus.OK, Duration.ofMillis(38), "TLSv1.3")));

    TimelineStep step = model.timeline().groups().get(0).steps().get(0);
    assertThat(model.timeline().groups().get(0).steps()).hasSize(1);
    assertThat(step.statusProperty().get()).isEqualTo(StepStatus.OK);
    assertThat(step.durationProperty().get()).isEqualTo(Duration.ofMillis(38));
    assertThat(step.summaryProperty().get()).isEqualTo("TLSv1.3");
  }

  @Test
  void connectionPlanned_titlesTheGroupWithHostAddressAndPort() {
    model.trace();

    runner.emit(new TraceEvent.ConnectionPlanned(ScriptedTrace.PLAN));

    assertThat(model.timeline().groups().get(0).titleProperty().get())
        .isEqualTo("mx1.good.mail.test [127.0.2.1]:25");
  }

  @Test
  void dnsStep_afterAConnectionStep_isListedFirst() {
    model.trace();

    runner.emit(
        new TraceEvent.StepStarted(running("c1/connect", "c1", StepKind.CONNECT)),
        new TraceEvent.StepStarted(running("dns", "DNS", StepKind.RESOLVE_MX)));

    assertThat(model.timeline().groups())
        .extracting(TimelineGroup::scope)
        .containsExactly("DNS", "c1");
  }

  @Test
  void transcriptAppended_lineGoesToItsConnection() {
    model.trace();
    runner.emit(new TraceEvent.ConnectionPlanned(ScriptedTrace.PLAN));

    runner.emit(
        new TraceEvent.TranscriptAppended(
            "c1", new TranscriptLine(Instant.EPOCH, Direction.SERVER, "220 mx1 ESMTP")));

    assertThat(model.timeline().groups().get(0).transcript())
        .extracting(TranscriptLine::render)
        .containsExactly("S: 220 mx1 ESMTP");
  }

  @Test
  void findingRaised_listsItAndRaisesWorstSeverity() {
    model.trace();

    runner.emit(
        new TraceEvent.FindingRaised(FindingCode.TLSRPT_PRESENT.raise("good.mail.test", "")),
        new TraceEvent.FindingRaised(FindingCode.TLS12_WITHOUT_EMS.raise("mx1", "")));

    assertThat(model.findings()).hasSize(2);
    assertThat(model.status().worstSeverityProperty().get())
        .isEqualTo(FindingCode.TLS12_WITHOUT_EMS.severity());
  }

  @Test
  void findingRaised_aboutAConnection_marksThatConnectionWithItsSeverity() {
    model.trace();
    runner.emit(new TraceEvent.ConnectionPlanned(ScriptedTrace.PLAN));

    runner.emit(
        new TraceEvent.FindingRaised(
            FindingCode.STARTTLS_NOT_SUPPORTED.raise(ScriptedTrace.PLAN.label(), "")));

    assertThat(model.timeline().groups().get(0).worstFindingProperty().get())
        .isEqualTo(FindingCode.STARTTLS_NOT_SUPPORTED.severity());
  }

  @Test
  void completion_showsReportDurationWorstSeverityAndSession() {
    model.trace();
    ScriptedTrace trace = new ScriptedTrace();
    runner.emit(trace.events());

    runner.complete(trace, 7L);

    assertThat(model.runningProperty().get()).isFalse();
    assertThat(model.reportProperty().get()).isEqualTo(trace.report());
    assertThat(model.status().durationProperty().get()).isEqualTo(Duration.ofMillis(66));
    assertThat(model.status().worstSeverityProperty().get())
        .isEqualTo(trace.report().worstSeverity());
    assertThat(model.status().sessionIdProperty().get()).isEqualTo(7L);
    assertThat(model.timeline().groups().get(1).tlsProperty().get().version()).isEqualTo("TLSv1.3");
  }

  @Test
  void completion_whenStored_tellsWhoWantsToKnow() {
    AtomicInteger stored = new AtomicInteger();
    model.setOnSessionStored(stored::incrementAndGet);
    model.trace();

    runner.complete(new ScriptedTrace(), 7L);

    assertThat(stored).hasValue(1);
  }

  @Test
  void completion_historyCouldNotStore_showsReportAndSaysWhyInStatus() {
    AtomicInteger stored = new AtomicInteger();
    model.setOnSessionStored(stored::incrementAndGet);
    model.trace();
    ScriptedTrace trace = new ScriptedTrace();

    runner.future().complete(new Outcome(trace.report(), null, "the file is read-only"));

    assertThat(model.reportProperty().get()).isEqualTo(trace.report());
    assertThat(model.status().stateProperty().get()).isEqualTo(TraceStatus.State.FINISHED);
    assertThat(model.status().messageProperty().get())
        .endsWith("not stored in history: the file is read-only");
    assertThat(stored).hasValue(0);
  }

  @Test
  void cancel_cancelsTheRunAndMarksRunningStepsCancelled() {
    model.trace();
    runner.emit(new TraceEvent.StepStarted(running("c1/greeting", "c1", StepKind.GREETING)));

    model.cancel();

    assertThat(runner.future().isCancelled()).isTrue();
    assertThat(model.runningProperty().get()).isFalse();
    assertThat(model.status().stateProperty().get()).isEqualTo(TraceStatus.State.CANCELLED);
    assertThat(model.timeline().groups().get(0).steps().get(0).statusProperty().get())
        .isEqualTo(StepStatus.CANCELLED);
  }

  @Test
  void eventsOfACancelledRun_arrivingLate_changeNothing() {
    model.trace();
    model.cancel();

    runner.emit(new TraceEvent.StepStarted(running("c1/quit", "c1", StepKind.QUIT)));

    assertThat(model.timeline().groups()).isEmpty();
  }

  @Test
  void failure_saysTheTraceCouldNotRunAndWhy() {
    model.trace();

    runner.fail(new IllegalStateException("no resolver"));

    assertThat(model.status().stateProperty().get()).isEqualTo(TraceStatus.State.FAILED);
    assertThat(model.status().messageProperty().get()).contains("no resolver");
  }

  @Test
  void show_storedReport_presentsItWithoutTracing() {
    ScriptedTrace stored = new ScriptedTrace();

    model.show(stored.report(), 3L);

    assertThat(runner.runs()).isZero();
    assertThat(model.timeline().groups())
        .extracting(TimelineGroup::scope)
        .containsExactly("DNS", "c1");
    assertThat(model.findings()).hasSize(2);
    assertThat(model.status().stateProperty().get()).isEqualTo(TraceStatus.State.STORED_SESSION);
    assertThat(model.status().sessionIdProperty().get()).isEqualTo(3L);
  }

  private static StepRecord running(String id, String scope, StepKind kind) {
    return new StepRecord(id, scope, kind, StepStatus.RUNNING, Instant.EPOCH, Duration.ZERO, "");
  }
}
