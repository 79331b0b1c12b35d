package org.mailpath.policy.senders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailpath.policy.senders.SenderScenarios.MX1;
import static org.mailpath.policy.senders.SenderScenarios.MX2;
import static org.mailpath.policy.senders.SenderScenarios.facts;
import static org.mailpath.policy.senders.SenderScenarios.good;
import static org.mailpath.policy.senders.SenderScenarios.mx;
import static org.mailpath.policy.senders.SenderScenarios.scenario;
import static org.mailpath.policy.senders.SenderScenarios.simulate;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.mailpath.dns.DnssecStatus;
import org.mailpath.policy.dane.DaneApplicability.Decision;
import org.mailpath.policy.sts.StsMode;

/** How a sender walks the MX hosts (RFC 5321 §5.1) and what its row says about each step. */
class SenderSimulatorWalkTest {

  @Test
  void simulate_primaryUnreachable_deliversViaSecondary() {
    SenderOutcome outcome = simulate("postfix-verify", scenario("primary unreachable"));

    assertThat(outcome.delivery()).isEqualTo("deliver-authenticated-tls");
    assertThat(outcome.host()).isEqualTo(MX2);
    assertThat(outcome.attempts()).hasSize(2).first().asString().contains("no connection");
  }

  @Test
  void simulate_handshakeFailsOnPrimaryOnly_postfixMayUsesSecondaryOverTls() {
    SenderOutcome outcome = simulate("postfix-may", scenario("primary handshake fails"));

    assertThat(outcome.delivery()).isEqualTo("deliver-tls");
    assertThat(outcome.host()).isEqualTo(MX2);
  }

  @Test
  void simulate_handshakeFailsOnPrimaryOnly_eximRetriesTheSameHostInClear() {
    // Exim spec, "The smtp transport", tls_tempfail_tryclear: a new connection to the same host.
    SenderOutcome outcome = simulate("exim-default", scenario("primary handshake fails"));

    assertThat(outcome.delivery()).isEqualTo("deliver-clear");
    assertThat(outcome.host()).isEqualTo(MX1);
    assertThat(outcome.source()).contains("tls_tempfail_tryclear");
  }

  @Test
  void simulate_handshakeFailsEverywhere_postfixClearFallbackCitesTlsReadme() {
    SenderOutcome outcome = simulate("postfix-may", scenario("STARTTLS, handshake fails"));

    assertThat(outcome.delivery()).isEqualTo("deliver-clear");
    assertThat(outcome.source()).contains("RFC 7435 §3").contains("TLS_README");
    assertThat(outcome.notes()).anyMatch(n -> n.contains("TLS_README"));
  }

  @Test
  void simulate_handshakeFailsEverywhere_eximClearFallbackCitesTempfailTryclear() {
    SenderOutcome outcome = simulate("exim-default", scenario("STARTTLS, handshake fails"));

    assertThat(outcome.delivery()).isEqualTo("deliver-clear");
    assertThat(outcome.source()).contains("RFC 7435 §3").contains("tls_tempfail_tryclear");
  }

  @Test
  void simulate_tls10OnlyWithTls12Sender_reasonNamesVersions() {
    // OpenSMTPD 6.8 fails TLS 1.0 and 1.1 handshakes (measured by RealSenderAgreementTest).
    SenderOutcome outcome = simulate("opensmtpd-tls-no-verify", scenario("TLS 1.0 only"));

    assertThat(outcome.delivery()).isEqualTo("defer");
    assertThat(outcome.reason()).contains("[TLSv1.0]").contains("requires TLSv1.2 or later");
    assertThat(outcome.source()).contains("RFC 5321 §4.5.4.1");
    // What follows the deferral is this MTA's own queue, not a generic note.
    assertThat(outcome.retry().mta()).contains("OpenSMTPD");
    assertThat(outcome.notes()).noneMatch(n -> n.contains("maximal_queue_lifetime"));
    assertThat(outcome.assumes()).isEmpty();
  }

  @Test
  void simulate_tls10OnlyWithUnknownFloor_assumesTls12AndSaysSo() {
    // Gmail's floor is not known: RFC 8996's TLS 1.2 is assumed, and the row says so.
    SenderOutcome outcome = simulate("gmail", scenario("TLS 1.0 only"));

    assertThat(outcome.delivery()).isEqualTo("deliver-clear");
    assertThat(outcome.assumes()).anyMatch(a -> a.startsWith("not known: the lowest TLS version"));
  }

  @Test
  void simulate_stsEnforceMismatch_neverConnectsAndCitesSection41() {
    SenderOutcome outcome = simulate("gmail", scenario("STS enforce MX mismatch"));

    assertThat(outcome.delivery()).isEqualTo("defer");
    assertThat(outcome.attempts())
        .singleElement()
        .asString()
        .contains("does not list this MX host");
    assertThat(outcome.source()).contains("RFC 8461 §4.1");
  }

  @Test
  void simulate_stsEnforceMismatchAtUnreachableHost_decidesBeforeDialling() {
    // Were the host dialled, its attempt would say "no connection".
    DomainFacts facts =
        facts(
            DnssecStatus.INSECURE,
            StsMode.ENFORCE,
            new MxObservation(
                MX1, 10, Decision.NOT_APPLICABLE, false, List.of(SenderScenarios.unreachable())));

    SenderOutcome outcome = simulate("gmail", facts);

    assertThat(outcome.attempts())
        .singleElement()
        .asString()
        .contains("does not list this MX host")
        .doesNotContain("no connection");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"postfix-dane", "exim-dane", "microsoft-365"})
  void simulate_daneMismatch_reasonAndRfc7672(String sender) {
    SenderOutcome outcome = simulate(sender, scenario("DANE mismatch"));

    assertThat(outcome.delivery()).isEqualTo("defer");
    assertThat(outcome.reason()).contains("no TLSA record matches");
    assertThat(outcome.source()).startsWith("RFC 7672 §2.2");
  }

  @Test
  void simulate_equalPreferences_noteSaysEitherOrder() {
    DomainFacts facts =
        facts(DnssecStatus.INSECURE, null, mx(MX1, 10, good()), mx(MX2, 10, good()));

    SenderOutcome outcome = simulate("postfix-may", facts);

    assertThat(outcome.notes())
        .anyMatch(n -> n.contains("share preference 10") && n.contains("RFC 5321 §5.1"));
  }

  static List<String> allSenders() {
    return SenderProfiles.ALL.stream().map(SenderProfile::id).toList();
  }

  static List<String> nullMxHonouringSenders() {
    return SenderProfiles.ALL.stream()
        .filter(p -> p.nullMxIgnored() == null)
        .map(SenderProfile::id)
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nullMxHonouringSenders")
  void simulate_noMxHosts_bounce(String sender) {
    SenderOutcome outcome = simulate(sender, facts(DnssecStatus.INSECURE, null));

    assertThat(outcome.delivery()).isEqualTo("bounce");
    assertThat(outcome.source()).contains("RFC 5321 §5.1");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"opensmtpd-default", "opensmtpd-tls-no-verify", "opensmtpd-smtp-tls"})
  void simulate_nullMxAtOpenSmtpd_defersAndSaysWhy(String sender) {
    // OpenSMTPD 6.8 does not implement RFC 7505 (measured by RealSenderAgreementTest).
    SenderOutcome outcome = simulate(sender, facts(DnssecStatus.INSECURE, null));

    assertThat(outcome.delivery()).isEqualTo("defer");
    assertThat(outcome.reason()).contains("null MX").contains("No MX found for domain");
    assertThat(outcome.source()).contains("RFC 7505 §3");
  }

  @Test
  void simulate_mxOrderGivenBackwards_triesLowestPreferenceFirst() {
    DomainFacts facts =
        facts(
            DnssecStatus.INSECURE,
            null,
            mx(MX2, 20, good()),
            mx(MX1, 10, SenderScenarios.noStarttls()));

    SenderOutcome outcome = simulate("postfix-may", facts);

    assertThat(outcome.host()).isEqualTo(MX1);
    assertThat(outcome.delivery()).isEqualTo("deliver-clear");
  }
}
