package org.mailpath.ui.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mailpath.exposure.Observer;
import org.mailpath.exposure.Part;
import org.mailpath.exposure.Protection;
import org.mailpath.exposure.Visibility;
import org.mailpath.policy.TlsAuthentication;

/** The view model without a window: inputs in, matrix and summary out. */
class ExposureViewModelTest {

  private final ExposureViewModel model = new ExposureViewModel();

  @Test
  void new_beforeATrace_saysSoAndLastHopCellsAreAbsent() {
    assertThat(model.awaitingTrace()).isTrue();
    assertThat(
            model
                .matrixProperty()
                .get()
                .cellAt(Part.SUBJECT, Observer.PASSIVE_LISTENER)
                .visibility())
        .isEqualTo(Visibility.ABSENT);
  }

  @ParameterizedTest(name = "{0} over {1}: Subject at the passive listener is {2}")
  @CsvSource(
      textBlock =
          """
          SMIME_ENVELOPED, good,       READABLE_IF_DOWNGRADED
          SMIME_ENVELOPED, nostarttls, READABLE
          SMIME_ENVELOPED, tls10,      READABLE
          SMIME_HP,        nostarttls, PROTECTED
          NONE,            multi,      READABLE_IF_DOWNGRADED
          """)
  void protectionAndConnections_changed_matrixFollows(
      Protection protection, String scenario, Visibility expected) {
    model.showConnections(DemoConnections.of(scenario));
    model.protectionProperty().set(protection);

    assertThat(
            model
                .matrixProperty()
                .get()
                .cellAt(Part.SUBJECT, Observer.PASSIVE_LISTENER)
                .visibility())
        .isEqualTo(expected);
  }

  @Test
  void subject_typed_summaryQuotesIt() {
    model.showConnections(DemoConnections.of("good"));
    model.subjectProperty().set("Merger with ACME");

    assertThat(model.summaryProperty().get()).contains("the Subject 'Merger with ACME'");
  }

  @Test
  void assumedPolicy_dane_lastHopBecomesProtected() {
    model.showConnections(DemoConnections.of("good"));
    model.protectionProperty().set(Protection.NONE);

    model.assumedPolicyProperty().set(TlsAuthentication.DANE);

    assertThat(
            model.matrixProperty().get().cellAt(Part.BODY, Observer.ACTIVE_ATTACKER).visibility())
        .isEqualTo(Visibility.PROTECTED);
    assertThat(model.summaryProperty().get()).doesNotContain("STARTTLS is stripped");
  }

  @Test
  void assumedPolicy_chosen_warnsThatTheViewIsAWhatIf() {
    model.showConnections(DemoConnections.of("good"));
    assertThat(model.whatIfProperty().get()).isEmpty();

    model.assumedPolicyProperty().set(TlsAuthentication.MTA_STS);

    assertThat(model.whatIfProperty().get())
        .startsWith("What if: assuming MTA-STS enforce — not what the trace saw.")
        .doesNotContain("MTA_STS");
  }

  @Test
  void showConnections_ofANewTrace_dropsTheAssumedPolicy() {
    model.showConnections(DemoConnections.of("nostarttls"));
    model.assumedPolicyProperty().set(TlsAuthentication.DANE);
    assertThat(subjectAtPassiveListener()).isNotEqualTo(Visibility.READABLE);

    model.showConnections(DemoConnections.of("nostarttls"));

    assertThat(model.assumedPolicyProperty().get()).isEqualTo(TlsAuthentication.NONE);
    assertThat(model.whatIfProperty().get()).isEmpty();
    assertThat(subjectAtPassiveListener()).isEqualTo(Visibility.READABLE);
  }

  @Test
  void selection_followsTheMatrixWhenProtectionChanges() {
    model.showConnections(DemoConnections.of("nostarttls"));
    model
        .selectionProperty()
        .set(
            new ExposureViewModel.Selection(
                Part.BODY, model.matrixProperty().get().cellAt(Part.BODY, Observer.RECIPIENT_MX)));

    model.protectionProperty().set(Protection.PGP_MIME);

    assertThat(model.selectionProperty().get().cell().visibility()).isEqualTo(Visibility.PROTECTED);
    assertThat(model.selectionProperty().get().cell().rfc()).isEqualTo("RFC 3156 §4");
  }

  @Test
  void headerPolicy_noConfidentiality_subjectReadableAgainOnAPlainHop() {
    model.showConnections(DemoConnections.of("nostarttls"));
    model.protectionProperty().set(Protection.SMIME_HP);
    assertThat(model.matrixProperty().get().cellAt(Part.SUBJECT, Observer.RELAY).visibility())
        .isEqualTo(Visibility.PROTECTED);

    model.headerPolicyProperty().set(org.mailpath.exposure.HeaderPolicy.HCP_NO_CONFIDENTIALITY);

    assertThat(model.matrixProperty().get().cellAt(Part.SUBJECT, Observer.RELAY).visibility())
        .isEqualTo(Visibility.READABLE);
    assertThat(model.summaryProperty().get())
        .contains("hcp_no_confidentiality")
        .contains("the recipient and 6 of 6 others");
  }

  private Visibility subjectAtPassiveListener() {
    return model
        .matrixProperty()
        .get()
        .cellAt(Part.SUBJECT, Observer.PASSIVE_LISTENER)
        .visibility();
  }
}
