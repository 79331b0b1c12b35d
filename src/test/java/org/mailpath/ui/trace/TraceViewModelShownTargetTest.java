package org.mailpath.ui.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailpath.lab.LabScenario;
import org.mailpath.lab.attacker.OnPathDialer;
import org.mailpath.lab.scenario.AttackMode;
import org.mailpath.trace.TraceReport;

/**
 * What the address field and the attacker toggle say about the shown trace: a stored session puts
 * its own back; an example clears the trace shown before it.
 */
class TraceViewModelShownTargetTest {

  private static final LabScenario NO_STARTTLS =
      new LabScenario("nostarttls.mail.test", "No STARTTLS", "", List.of());

  private final FakeTraceRunner runner = new FakeTraceRunner();
  private final TraceViewModel model =
      new TraceViewModel(runner, Runnable::run, new TargetInput(List::of));

  @Test
  void show_storedSession_putsItsAddressBackInTheField() {
    model.input().textProperty().set("bob@other.mail.test");

    model.show(new ScriptedTrace().report(), 3L);

    assertThat(model.input().textProperty().get()).isEqualTo("alice@good.mail.test");
    assertThat(model.canTraceProperty().get()).isTrue();
  }

  @Test
  void show_sessionTracedThroughTheAttacker_turnsTheToggleToThatAttack() {
    model.show(throughAttacker(new ScriptedTrace().report(), AttackMode.REFUSE_STARTTLS), 3L);

    assertThat(model.attackerProperty().get()).isEqualTo(AttackMode.REFUSE_STARTTLS);
  }

  @Test
  void show_sessionTracedWithoutAttacker_turnsTheToggleOff() {
    model.attackerProperty().set(AttackMode.STRIP);

    model.show(new ScriptedTrace().report(), 3L);

    assertThat(model.attackerProperty().get()).isNull();
  }

  @Test
  void useExample_afterAFinishedTrace_clearsItsResultsAndSaysReady() {
    model.input().textProperty().set("alice@good.mail.test");
    model.trace();
    runner.complete(new ScriptedTrace(), 7L);

    model.useExample(NO_STARTTLS);

    assertThat(model.input().textProperty().get()).isEqualTo("alice@nostarttls.mail.test");
    assertThat(model.timeline().groups()).isEmpty();
    assertThat(model.findings()).isEmpty();
    assertThat(model.reportProperty().get()).isNull();
    assertThat(model.status().stateProperty().get()).isEqualTo(TraceStatus.State.IDLE);
    assertThat(model.status().messageProperty().get())
        .isEqualTo("Ready to trace alice@nostarttls.mail.test: press Enter or Trace.");
    assertThat(model.status().sessionIdProperty().get()).isNull();
    assertThat(model.status().worstSeverityProperty().get()).isNull();
    assertThat(runner.runs()).isEqualTo(1);
  }

  @Test
  void useAddress_ofTheTraceShown_keepsItsResults() {
    model.show(new ScriptedTrace().report(), 3L);

    model.useAddress("alice@good.mail.test");

    assertThat(model.reportProperty().get()).isNotNull();
    assertThat(model.findings()).isNotEmpty();
    assertThat(model.status().stateProperty().get()).isEqualTo(TraceStatus.State.STORED_SESSION);
  }

  @Test
  void useExample_whileATraceRuns_changesNothing() {
    model.input().textProperty().set("alice@good.mail.test");
    model.trace();

    model.useExample(NO_STARTTLS);

    assertThat(model.input().textProperty().get()).isEqualTo("alice@good.mail.test");
    assertThat(model.status().stateProperty().get()).isEqualTo(TraceStatus.State.RUNNING);
  }

  @Test
  void attackerNamedIn_readsBackWhatTheDialerDescribes() {
    for (AttackMode mode : AttackMode.values()) {
      assertThat(OnPathDialer.namedIn(routeThrough(mode))).contains(mode);
    }
    assertThat(OnPathDialer.namedIn(TraceReport.DIRECT)).isEmpty();
    assertThat(OnPathDialer.namedIn("SOCKS5 proxy 127.0.0.1:1080")).isEmpty();
  }

  private static String routeThrough(AttackMode mode) {
    return new OnPathDialer(org.mailpath.context.Dialer.direct(), mode, address -> address)
        .description();
  }

  private static TraceReport throughAttacker(TraceReport r, AttackMode mode) {
    return new TraceReport(
        r.target(),
        r.domain(),
        r.network(),
        r.toolVersion(),
        r.started(),
        r.duration(),
        r.resolution(),
        r.steps(),
        r.connections(),
        r.findings(),
        r.cancelled(),
        r.exposure(),
        r.policy(),
        r.outcomes(),
        routeThrough(mode));
  }
}
