package org.mailpath.policy.requiretls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mailpath.policy.requiretls.RequireTlsVerdict.Outcome;

class RequireTlsTest {

  @ParameterizedTest(name = "reachable={0} secured={1} tls={2} validated={3} advertised={4} -> {5}")
  @CsvSource(
      textBlock =
          """
          true,  true,  true,  true,  true,  DELIVERABLE, meets every requirement
          true,  false, true,  true,  true,  RETURNED,    neither DNSSEC-validated nor matched by an MTA-STS
          true,  true,  false, false, false, RETURNED,    no TLS session
          true,  true,  true,  false, true,  RETURNED,    neither by PKIX nor by DANE
          true,  true,  true,  true,  false, RETURNED,    does not list REQUIRETLS
          false, true,  true,  true,  true,  DEFERRED,    not reachable
          """)
  void evaluate_oneHost_rfc8689Section421(
      boolean reachable,
      boolean secured,
      boolean tls,
      boolean validated,
      boolean advertised,
      Outcome outcome,
      String reason) {
    RequireTlsVerdict verdict =
        RequireTls.evaluate(
            List.of(
                new RequireTlsHost(
                    "mx1.mail.test", reachable, secured, tls, validated, advertised)));

    assertThat(verdict.outcome()).isEqualTo(outcome);
    assertThat(verdict.hostReasons()).singleElement().asString().contains(reason);
  }

  @Test
  void evaluate_firstFailsSecondQualifies_deliverableViaSecond() {
    RequireTlsVerdict verdict =
        RequireTls.evaluate(
            List.of(
                new RequireTlsHost("mx1.mail.test", true, true, true, true, false),
                new RequireTlsHost("mx2.mail.test", true, true, true, true, true)));

    assertThat(verdict.outcome()).isEqualTo(Outcome.DELIVERABLE);
    assertThat(verdict.host()).isEqualTo("mx2.mail.test");
  }

  @Test
  void evaluate_oneUnqualifiedOneUnreachable_deferred() {
    RequireTlsVerdict verdict =
        RequireTls.evaluate(
            List.of(
                new RequireTlsHost("mx1.mail.test", true, true, true, true, false),
                new RequireTlsHost("mx2.mail.test", false, true, false, false, false)));

    assertThat(verdict.outcome()).isEqualTo(Outcome.DEFERRED);
  }

  @Test
  void evaluate_noHosts_returned() {
    assertThat(RequireTls.evaluate(List.of()).outcome()).isEqualTo(Outcome.RETURNED);
  }
}
