package org.mailpath.policy.senders;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mailpath.dns.DnssecStatus;
import org.mailpath.policy.dane.DaneApplicability.Decision;
import org.mailpath.tls.TlsVersion;

/** Each profile against one server at a time: the facts its sources give decide the row. */
class SenderProfilesTest {

  private static final String MX = "mx1.example.test";

  private static DomainFacts server(
      boolean starttls, List<TlsVersion> versions, boolean keyUsageBad, boolean ekuBad) {
    AddressObservation at =
        new AddressObservation(
            "127.0.2.1",
            AddressObservation.Reach.OK,
            starttls,
            versions,
            true,
            true,
            null,
            false,
            keyUsageBad,
            ekuBad);
    return new DomainFacts(
        "example.test",
        DnssecStatus.INSECURE,
        null,
        List.of(new MxObservation(MX, 10, Decision.NOT_APPLICABLE, false, List.of(at))));
  }

  private static DomainFacts scenario(String name) {
    List<TlsVersion> modern = List.of(TlsVersion.TLS_1_2, TlsVersion.TLS_1_3);
    return switch (name) {
      case "nostarttls" -> server(false, List.of(), false, false);
      case "tls10" -> server(true, List.of(TlsVersion.TLS_1_0), false, false);
      case "keyusage" -> server(true, List.of(TlsVersion.TLS_1_2), true, false);
      case "eku" -> server(true, modern, false, true);
      case "good" -> server(true, modern, false, false);
      default -> throw new IllegalArgumentException(name);
    };
  }

  @ParameterizedTest(name = "{0} / {1} -> {2} {3}")
  @CsvSource(
      textBlock =
          """
          nostarttls | postfix-may             | deliver-clear             |
          nostarttls | postfix-encrypt         | defer                     |
          tls10      | postfix-may             | deliver-tls               | TLSv1.0
          tls10      | postfix-encrypt         | deliver-tls               | TLSv1.0
          tls10      | exim-require-tls        | deliver-tls               | TLSv1.0
          tls10      | gmail                   | deliver-clear             |
          keyusage   | postfix-may             | deliver-tls               | TLSv1.2
          keyusage   | exim-default            | deliver-clear             |
          keyusage   | exim-require-tls        | defer                     |
          keyusage   | opensmtpd-default       | deliver-tls               | TLSv1.2
          tls10      | opensmtpd-default       | deliver-clear             |
          eku        | postfix-encrypt         | deliver-tls               | TLSv1.3
          eku        | postfix-verify          | defer                     |
          eku        | exim-verify             | deliver-authenticated-tls | TLSv1.3
          good       | postfix-verify          | deliver-authenticated-tls | TLSv1.3
          good       | opensmtpd-smtp-tls      | deliver-authenticated-tls | TLSv1.3
          """,
      delimiter = '|')
  void simulate_profileAtServer_outcomeFromItsSources(
      String scenario, String sender, String delivery, String version) {
    SenderOutcome row =
        SenderSimulator.simulate(SenderProfiles.byId(sender).orElseThrow(), scenario(scenario));

    assertThat(row.delivery()).as(row.reason()).isEqualTo(delivery);
    assertThat(row.tlsVersion()).isEqualTo(version);
    assertThat(row.source()).isNotBlank();
  }

  @ParameterizedTest(name = "{0} / {1} needs a fact no source gives")
  @CsvSource(
      textBlock =
          """
          tls10 | gmail
          tls10 | microsoft-365
          keyusage | gmail
          """,
      delimiter = '|')
  void simulate_factNotKnown_rowSaysNotKnown(String scenario, String sender) {
    SenderOutcome row =
        SenderSimulator.simulate(SenderProfiles.byId(sender).orElseThrow(), scenario(scenario));

    assertThat(row.assumes()).isNotEmpty().allMatch(a -> a.startsWith("not known"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"postfix-may", "exim-default", "opensmtpd-default", "microsoft-365", "requiretls"})
  void profile_everyFact_hasASource(String id) {
    SenderProfile p = SenderProfiles.byId(id).orElseThrow();

    assertThat(p.facts()).isNotEmpty();
    assertThat(p.fallbackSource()).isNotBlank();
    assertThat(p.tls().floorSource()).isNotBlank();
  }

  @ParameterizedTest
  @CsvSource({"DELIVER_CLEAR, deliver-clear", "deliver-tls, deliver-tls", "RETURNED, "})
  void fromWord_oldNamesAndWords_readAsWords(String stored, String word) {
    if (word == null) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> Delivery.fromWord(stored))
          .isInstanceOf(IllegalArgumentException.class);
    } else {
      assertThat(Delivery.fromWord(stored).word()).isEqualTo(word);
    }
  }
}
