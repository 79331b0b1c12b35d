package org.mailpath.policy.senders;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every scenario against one sender per kind of rule set: what each would finally do. The columns
 * are the profiles that play the old generic senders (Postfix may / encrypt / dane / verify, Gmail
 * for MTA-STS without DANE, the REQUIRETLS sender) plus Exim's default and Microsoft 365 (DANE and
 * MTA-STS together).
 */
class SenderSimulatorScenarioTableTest {

  private static final List<String> SENDERS =
      List.of(
          "postfix-may",
          "postfix-encrypt",
          "postfix-dane",
          "gmail",
          "postfix-verify",
          "requiretls",
          "exim-default",
          "microsoft-365");

  /**
   * A authenticated TLS, U unauthenticated TLS, C clear text, D defer, B bounce; senders in the
   * order of {@link #SENDERS}.
   *
   * <p>"TLS 1.0 only": Postfix on Debian 12 offers TLS 1.0 (postconf -d smtp_tls_protocols =
   * >=TLSv1, PostfixDefaultsTest) and delivers over it at may and encrypt, but not at verify; Exim
   * with GnuTLS delivers over it too (both measured by RealSenderAgreementTest, see {@link
   * TlsStacks}); for Gmail and Microsoft 365 no source gives the floor, so RFC 8996's TLS 1.2 is
   * assumed and their opportunistic rows fall back to clear text. Exim's default configuration does
   * DANE (hosts_try_dane = *, measured by RealSenderAgreementTest).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # scenario                  | may | encrypt | dane | gmail | verify | requiretls | exim | m365
          all good                    | U   | U       | U    | U     | A      | B          | U    | U
          no STARTTLS                 | C   | D       | C    | C     | D      | B          | C    | C
          STARTTLS, handshake fails   | C   | D       | C    | C     | D      | B          | C    | C
          TLS 1.0 only                | U   | U       | U    | C     | D      | B          | U    | C
          untrusted certificate       | U   | U       | U    | U     | D      | B          | U    | U
          wrong certificate name      | U   | U       | U    | U     | D      | B          | U    | U
          DANE match                  | U   | U       | A    | U     | D      | B          | A    | A
          DANE match and REQUIRETLS   | U   | U       | A    | U     | D      | A          | A    | A
          DANE mismatch               | U   | U       | D    | U     | D      | B          | D    | D
          DANE no usable records      | U   | U       | U    | U     | D      | B          | U    | U
          DANE no usable, no STARTTLS | C   | D       | D    | C     | D      | B          | D    | D
          DNSSEC bogus MX             | U   | U       | D    | U     | A      | D          | D    | D
          TLSA lookup bogus           | U   | U       | D    | U     | A      | B          | D    | D
          STS enforce good            | U   | U       | U    | A     | A      | B          | U    | A
          STS enforce MX mismatch     | U   | U       | U    | D     | A      | B          | U    | D
          STS enforce bad certificate | U   | U       | U    | D     | D      | B          | U    | D
          STS testing bad certificate | U   | U       | U    | U     | D      | B          | U    | U
          STS enforce and REQUIRETLS  | U   | U       | U    | A     | A      | A          | U    | A
          REQUIRETLS advertised       | U   | U       | U    | U     | A      | A          | U    | U
          REQUIRETLS not advertised   | U   | U       | U    | U     | A      | B          | U    | U
          primary unreachable         | U   | U       | U    | U     | A      | D          | U    | U
          all unreachable             | D   | D       | D    | D     | D      | D          | D    | D
          primary without STARTTLS    | C   | U       | C    | C     | A      | B          | C    | C
          """)
  void simulate_scenario_expectedOutcomePerSender(
      String scenario,
      String may,
      String encrypt,
      String dane,
      String gmail,
      String verify,
      String requireTls,
      String exim,
      String microsoft) {
    DomainFacts facts = SenderScenarios.scenario(scenario);

    List<String> outcomes =
        SENDERS.stream().map(id -> SenderScenarios.simulate(id, facts).delivery()).toList();

    assertThat(outcomes)
        .containsExactly(
            word(may),
            word(encrypt),
            word(dane),
            word(gmail),
            word(verify),
            word(requireTls),
            word(exim),
            word(microsoft));
  }

  private static String word(String letter) {
    return switch (letter) {
      case "A" -> "deliver-authenticated-tls";
      case "U" -> "deliver-tls";
      case "C" -> "deliver-clear";
      case "D" -> "defer";
      case "B" -> "bounce";
      default -> throw new IllegalArgumentException(letter);
    };
  }
}
