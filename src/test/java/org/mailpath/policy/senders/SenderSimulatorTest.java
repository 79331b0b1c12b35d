package org.mailpath.policy.senders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailpath.policy.senders.AddressObservation.Reach.OK;
import static org.mailpath.policy.senders.AddressObservation.Reach.UNREACHABLE;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mailpath.dns.DnssecStatus;
import org.mailpath.policy.dane.DaneApplicability.Decision;
import org.mailpath.policy.dane.DaneResult;
import org.mailpath.policy.sts.StsMode;
import org.mailpath.tls.TlsVersion;

class SenderSimulatorTest {

  private static final String MX1 = "mx1.mail.test";
  private static final String MX2 = "mx2.mail.test";
  private static final List<TlsVersion> MODERN = List.of(TlsVersion.TLS_1_2, TlsVersion.TLS_1_3);

  /**
   * The expected outcome of each sender per scenario (A authenticated TLS, U unauthenticated TLS, C
   * clear text, D defer, B bounce), senders in the order of {@link SendingPolicy}.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # scenario                  | may | encrypt | dane | mta-sts | verify | requiretls
          all good                    | U   | U       | U    | U       | A      | B
          no STARTTLS                 | C   | D       | C    | C       | D      | B
          STARTTLS, handshake fails   | C   | D       | C    | C       | D      | B
          TLS 1.0 only                | C   | D       | C    | C       | D      | B
          TLS 1.0 only, legacy sender | U   | U       | U    | U       | A      | B
          untrusted certificate       | U   | U       | U    | U       | D      | B
          wrong certificate name      | U   | U       | U    | U       | D      | B
          DANE match                  | U   | U       | A    | U       | D      | B
          DANE match and REQUIRETLS   | U   | U       | A    | U       | D      | A
          DANE mismatch               | U   | U       | D    | U       | D      | B
          DANE no usable records      | U   | U       | U    | U       | D      | B
          DANE no usable, no STARTTLS | C   | D       | D    | C       | D      | B
          DNSSEC bogus MX             | U   | U       | D    | U       | A      | D
          TLSA lookup bogus           | U   | U       | D    | U       | A      | B
          STS enforce good            | U   | U       | U    | A       | A      | B
          STS enforce MX mismatch     | U   | U       | U    | D       | A      | B
          STS enforce bad certificate | U   | U       | U    | D       | D      | B
          STS testing bad certificate | U   | U       | U    | U       | D      | B
          STS enforce and REQUIRETLS  | U   | U       | U    | A       | A      | A
          REQUIRETLS advertised       | U   | U       | U    | U       | A      | A
          REQUIRETLS not advertised   | U   | U       | U    | U       | A      | B
          primary unreachable         | U   | U       | U    | U       | A      | D
          all unreachable             | D   | D       | D    | D       | D      | D
          primary without STARTTLS    | C   | U       | C    | C       | A      | B
          """)
  void simulateAll_scenario_expectedOutcomes(
      String scenario,
      String may,
      String encrypt,
      String dane,
      String sts,
      String verify,
      String requireTls) {
    TlsVersion minimum =
        scenario.contains("legacy sender")
            ? TlsVersion.TLS_1_0
            : SenderSimulator.DEFAULT_MINIMUM_VERSION;

    List<Delivery> outcomes =
        SenderSimulator.simulateAll(scenario(scenario), minimum).stream()
            .map(SenderOutcome::delivery)
            .toList();

    assertThat(outcomes)
        .containsExactly(
            delivery(may),
            delivery(encrypt),
            delivery(dane),
            delivery(sts),
            delivery(verify),
            delivery(requireTls));
  }

  @Test
  void simulate_primaryUnreachable_deliversViaSecondary() {
    SenderOutcome outcome =
        SenderSimulator.simulate(
            SendingPolicy.VERIFY, scenario("primary unreachable"), TlsVersion.TLS_1_2);

    assertThat(outcome.host()).isEqualTo(MX2);
    assertThat(outcome.attempts()).hasSize(2).first().asString().contains("no connection");
  }

  @Test
  void simulate_handshakeFailsOnPrimaryOnly_opportunisticUsesSecondaryOverTls() {
    DomainFacts facts =
        facts(
            DnssecStatus.INSECURE,
            null,
            mx(
                MX1,
                10,
                Decision.NOT_APPLICABLE,
                false,
                address(OK, true, List.of(), true, true, null, false)),
            mx(MX2, 20, Decision.NOT_APPLICABLE, false, good()));

    SenderOutcome outcome =
        SenderSimulator.simulate(SendingPolicy.OPPORTUNISTIC, facts, TlsVersion.TLS_1_2);

    assertThat(outcome.delivery()).isEqualTo(Delivery.DELIVER_UNAUTHENTICATED_TLS);
    assertThat(outcome.host()).isEqualTo(MX2);
  }

  @Test
  void simulate_handshakeFailsEverywhere_clearFallbackCitesPostfixAndExim() {
    SenderOutcome outcome =
        SenderSimulator.simulate(
            SendingPolicy.OPPORTUNISTIC, scenario("STARTTLS, handshake fails"), TlsVersion.TLS_1_2);

    assertThat(outcome.delivery()).isEqualTo(Delivery.DELIVER_CLEAR);
    assertThat(outcome.notes())
        .anyMatch(n -> n.contains("TLS_README"))
        .anyMatch(n -> n.contains("tls_tempfail_tryclear"));
  }

  @Test
  void simulate_tls10OnlyWithModernSender_reasonNamesVersions() {
    SenderOutcome outcome =
        SenderSimulator.simulate(
            SendingPolicy.ENCRYPT, scenario("TLS 1.0 only"), TlsVersion.TLS_1_2);

    assertThat(outcome.reason()).contains("[TLSv1.0]").contains("requires TLSv1.2 or later");
    assertThat(outcome.rfc()).contains("RFC 5321 §4.5.4.1");
    assertThat(outcome.notes()).anyMatch(n -> n.contains("maximal_queue_lifetime"));
  }

  @Test
  void simulate_stsEnforceMismatch_neverConnectsAndCitesSection41() {
    SenderOutcome outcome =
        SenderSimulator.simulate(
            SendingPolicy.MTA_STS, scenario("STS enforce MX mismatch"), TlsVersion.TLS_1_2);

    assertThat(outcome.attempts())
        .singleElement()
        .asString()
        .contains("does not list this MX host");
    assertThat(outcome.rfc()).contains("RFC 8461 §5");
  }

  @Test
  void simulate_daneMismatch_reasonAndRfc7672() {
    SenderOutcome outcome =
        SenderSimulator.simulate(SendingPolicy.DANE, scenario("DANE mismatch"), TlsVersion.TLS_1_2);

    assertThat(outcome.reason()).contains("no TLSA record matches");
    assertThat(outcome.rfc()).startsWith("RFC 7672 §2.2");
  }

  @Test
  void simulate_equalPreferences_noteSaysEitherOrder() {
    DomainFacts facts =
        facts(
            DnssecStatus.INSECURE,
            null,
            mx(MX1, 10, Decision.NOT_APPLICABLE, false, good()),
            mx(MX2, 10, Decision.NOT_APPLICABLE, false, good()));

    SenderOutcome outcome =
        SenderSimulator.simulate(SendingPolicy.OPPORTUNISTIC, facts, TlsVersion.TLS_1_2);

    assertThat(outcome.notes())
        .anyMatch(n -> n.contains("share preference 10") && n.contains("RFC 5321 §5.1"));
  }

  @Test
  void simulate_noMxHosts_bounce() {
    assertThat(
            SenderSimulator.simulate(
                    SendingPolicy.OPPORTUNISTIC,
                    facts(DnssecStatus.INSECURE, null),
                    TlsVersion.TLS_1_2)
                .delivery())
        .isEqualTo(Delivery.BOUNCE);
  }

  @Test
  void simulate_mxOrderGivenBackwards_triesLowestPreferenceFirst() {
    DomainFacts facts =
        facts(
            DnssecStatus.INSECURE,
            null,
            mx(MX2, 20, Decision.NOT_APPLICABLE, false, good()),
            mx(
                MX1,
                10,
                Decision.NOT_APPLICABLE,
                false,
                address(OK, false, List.of(), false, false, null, false)));

    SenderOutcome outcome =
        SenderSimulator.simulate(SendingPolicy.OPPORTUNISTIC, facts, TlsVersion.TLS_1_2);

    assertThat(outcome.host()).isEqualTo(MX1);
    assertThat(outcome.delivery()).isEqualTo(Delivery.DELIVER_CLEAR);
  }

  private static DomainFacts scenario(String name) {
    return switch (name) {
      case "all good" -> one(DnssecStatus.INSECURE, null, Decision.NOT_APPLICABLE, false, good());
      case "no STARTTLS" ->
          one(
              DnssecStatus.INSECURE,
              null,
              Decision.NOT_APPLICABLE,
              false,
              address(OK, false, List.of(), false, false, null, false));
      case "STARTTLS, handshake fails" ->
          one(
              DnssecStatus.INSECURE,
              null,
              Decision.NOT_APPLICABLE,
              false,
              address(OK, true, List.of(), true, true, null, false));
      case "TLS 1.0 only", "TLS 1.0 only, legacy sender" ->
          one(
              DnssecStatus.INSECURE,
              null,
              Decision.NOT_APPLICABLE,
              false,
              address(OK, true, List.of(TlsVersion.TLS_1_0), true, true, null, false));
      case "untrusted certificate" ->
          one(
              DnssecStatus.INSECURE,
              null,
              Decision.NOT_APPLICABLE,
              false,
              address(OK, true, MODERN, false, true, null, false));
      case "wrong certificate name" ->
          one(
              DnssecStatus.INSECURE,
              null,
              Decision.NOT_APPLICABLE,
              false,
              address(OK, true, MODERN, true, false, null, false));
      case "DANE match" ->
          one(
              DnssecStatus.SECURE,
              null,
              Decision.DANE_REQUIRED,
              false,
              address(OK, true, MODERN, false, false, DaneResult.Status.MATCH, false));
      case "DANE match and REQUIRETLS" ->
          one(
              DnssecStatus.SECURE,
              null,
              Decision.DANE_REQUIRED,
              false,
              address(OK, true, MODERN, false, false, DaneResult.Status.MATCH, true));
      case "DANE mismatch" ->
          one(
              DnssecStatus.SECURE,
              null,
              Decision.DANE_REQUIRED,
              false,
              address(OK, true, MODERN, false, false, DaneResult.Status.NO_MATCH, false));
      case "DANE no usable records" ->
          one(
              DnssecStatus.SECURE,
              null,
              Decision.TLS_REQUIRED_UNAUTHENTICATED,
              false,
              address(OK, true, MODERN, false, false, DaneResult.Status.NO_USABLE_RECORDS, false));
      case "DANE no usable, no STARTTLS" ->
          one(
              DnssecStatus.SECURE,
              null,
              Decision.TLS_REQUIRED_UNAUTHENTICATED,
              false,
              address(OK, false, List.of(), false, false, null, false));
      case "DNSSEC bogus MX" -> one(DnssecStatus.BOGUS, null, Decision.DEFER, false, good());
      case "TLSA lookup bogus" ->
          one(DnssecStatus.SECURE, null, Decision.HOST_UNUSABLE, false, good());
      case "STS enforce good" ->
          one(DnssecStatus.INSECURE, StsMode.ENFORCE, Decision.NOT_APPLICABLE, true, good());
      case "STS enforce MX mismatch" ->
          one(DnssecStatus.INSECURE, StsMode.ENFORCE, Decision.NOT_APPLICABLE, false, good());
      case "STS enforce bad certificate" ->
          one(
              DnssecStatus.INSECURE,
              StsMode.ENFORCE,
              Decision.NOT_APPLICABLE,
              true,
              address(OK, true, MODERN, false, true, null, false));
      case "STS testing bad certificate" ->
          one(
              DnssecStatus.INSECURE,
              StsMode.TESTING,
              Decision.NOT_APPLICABLE,
              true,
              address(OK, true, MODERN, false, true, null, false));
      case "STS enforce and REQUIRETLS" ->
          one(
              DnssecStatus.INSECURE,
              StsMode.ENFORCE,
              Decision.NOT_APPLICABLE,
              true,
              address(OK, true, MODERN, true, true, null, true));
      case "REQUIRETLS advertised" ->
          one(
              DnssecStatus.SECURE,
              null,
              Decision.NOT_APPLICABLE,
              false,
              address(OK, true, MODERN, true, true, null, true));
      case "REQUIRETLS not advertised" ->
          one(
              DnssecStatus.SECURE,
              null,
              Decision.NOT_APPLICABLE,
              false,
              address(OK, true, MODERN, true, true, null, false));
      case "primary unreachable" ->
          facts(
              DnssecStatus.INSECURE,
              null,
              mx(
                  MX1,
                  10,
                  Decision.NOT_APPLICABLE,
                  false,
                  address(UNREACHABLE, false, List.of(), false, false, null, false)),
              mx(MX2, 20, Decision.NOT_APPLICABLE, false, good()));
      case "all unreachable" ->
          facts(
              DnssecStatus.INSECURE,
              null,
              mx(
                  MX1,
                  10,
                  Decision.NOT_APPLICABLE,
                  false,
                  address(UNREACHABLE, false, List.of(), false, false, null, false)),
              mx(
                  MX2,
                  20,
                  Decision.NOT_APPLICABLE,
                  false,
                  address(UNREACHABLE, false, List.of(), false, false, null, false)));
      case "primary without STARTTLS" ->
          facts(
              DnssecStatus.INSECURE,
              null,
              mx(
                  MX1,
                  10,
                  Decision.NOT_APPLICABLE,
                  false,
                  address(OK, false, List.of(), false, false, null, false)),
              mx(MX2, 20, Decision.NOT_APPLICABLE, false, good()));
      default -> throw new IllegalArgumentException("no scenario " + name);
    };
  }

  private static AddressObservation good() {
    return address(OK, true, MODERN, true, true, null, false);
  }

  private static AddressObservation address(
      AddressObservation.Reach reach,
      boolean starttls,
      List<TlsVersion> versions,
      boolean trusted,
      boolean named,
      DaneResult.Status dane,
      boolean requireTls) {
    return new AddressObservation(
        "127.0.2.1", reach, starttls, versions, trusted, named, dane, requireTls);
  }

  private static MxObservation mx(
      String host, int preference, Decision dane, boolean stsAdmitted, AddressObservation at) {
    return new MxObservation(host, preference, dane, stsAdmitted, List.of(at));
  }

  private static DomainFacts one(
      DnssecStatus mx, StsMode sts, Decision dane, boolean stsAdmitted, AddressObservation at) {
    return facts(mx, sts, mx(MX1, 10, dane, stsAdmitted, at));
  }

  private static DomainFacts facts(DnssecStatus mx, StsMode sts, MxObservation... hosts) {
    return new DomainFacts("mail.test", mx, sts, List.of(hosts));
  }

  private static Delivery delivery(String letter) {
    return switch (letter) {
      case "A" -> Delivery.DELIVER_AUTHENTICATED_TLS;
      case "U" -> Delivery.DELIVER_UNAUTHENTICATED_TLS;
      case "C" -> Delivery.DELIVER_CLEAR;
      case "D" -> Delivery.DEFER;
      case "B" -> Delivery.BOUNCE;
      default -> throw new IllegalArgumentException(letter);
    };
  }
}
