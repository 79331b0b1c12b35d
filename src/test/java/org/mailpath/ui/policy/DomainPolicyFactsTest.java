package org.mailpath.ui.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailpath.finding.Severity;

class DomainPolicyFactsTest {

  private final List<PolicySection> sections =
      DomainPolicyFacts.of(PolicyReports.enforceWithMismatchAndDane());

  @Test
  void of_domainWithPolicy_hasOneSectionPerPartInOrder() {
    assertThat(sections)
        .extracting(PolicySection::title)
        .containsExactly(
            "DNSSEC",
            "MTA-STS (RFC 8461)",
            "TLS-RPT (RFC 8460)",
            "DANE · mx1.good.mail.test",
            "REQUIRETLS (RFC 8689)");
  }

  @Test
  void of_enforcePolicyNotListingTheMx_marksTheHostAsAnError() {
    PolicyFact host = fact("MTA-STS (RFC 8461)", "mx1.good.mail.test");

    assertThat(host.mark()).isEqualTo(Severity.ERROR);
    assertThat(host.value()).contains("no mx pattern");
    assertThat(section("MTA-STS (RFC 8461)").worst()).isEqualTo(Severity.ERROR);
  }

  @Test
  void of_tlsaMatch_saysWhichRecordMatchedWhichCertificate() {
    PolicyFact check = fact("DANE · mx1.good.mail.test", "mx1.good.mail.test [127.0.2.1]:25");

    assertThat(check.mark()).isEqualTo(Severity.PASS);
    assertThat(check.value())
        .contains(PolicyReports.TLSA)
        .contains("leaf certificate (CN=mx1.good.mail.test)");
  }

  @Test
  void of_secureMxAnswer_isMarkedPass() {
    assertThat(fact("DNSSEC", "MX answer").mark()).isEqualTo(Severity.PASS);
  }

  @Test
  void of_noTlsRptRecord_isInformational() {
    assertThat(fact("TLS-RPT (RFC 8460)", "Record").mark()).isEqualTo(Severity.INFO);
  }

  @Test
  void protection_daneOnEveryHost_namesDane() {
    assertThat(DomainPolicyFacts.protection(PolicyReports.enforceWithMismatchAndDane()))
        .contains("DANE");
  }

  private PolicySection section(String title) {
    return sections.stream().filter(s -> s.title().equals(title)).findFirst().orElseThrow();
  }

  private PolicyFact fact(String title, String name) {
    return section(title).facts().stream()
        .filter(f -> f.name().equals(name))
        .findFirst()
        .orElseThrow();
  }
}
