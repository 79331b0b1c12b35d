package org.mailpath.policy.dane;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mailpath.dns.DnssecStatus;
import org.mailpath.policy.dane.DaneApplicability.Decision;

class DaneApplicabilityTest {

  @ParameterizedTest(name = "mx {0}, address {1}, tlsa {2} ({3} records, {4} usable) -> {5}")
  @CsvSource(
      textBlock =
          """
          SECURE,        SECURE,        SECURE,        2, 1, DANE_REQUIRED
          SECURE,        SECURE,        SECURE,        2, 0, TLS_REQUIRED_UNAUTHENTICATED
          SECURE,        SECURE,        SECURE,        0, 0, NOT_APPLICABLE
          SECURE,        SECURE,        INSECURE,      1, 1, NOT_APPLICABLE
          SECURE,        SECURE,        BOGUS,         0, 0, HOST_UNUSABLE
          SECURE,        SECURE,        INDETERMINATE, 0, 0, HOST_UNUSABLE
          SECURE,        INSECURE,      SECURE,        1, 1, NOT_APPLICABLE
          SECURE,        BOGUS,         SECURE,        1, 1, HOST_UNUSABLE
          SECURE,        INDETERMINATE, SECURE,        1, 1, HOST_UNUSABLE
          INSECURE,      SECURE,        SECURE,        1, 1, NOT_APPLICABLE
          INSECURE,      INSECURE,      BOGUS,         0, 0, NOT_APPLICABLE
          BOGUS,         SECURE,        SECURE,        1, 1, DEFER
          INDETERMINATE, SECURE,        SECURE,        1, 1, DEFER
          """)
  void decide_statuses_rfc7672Sections21And22(
      DnssecStatus mx,
      DnssecStatus address,
      DnssecStatus tlsa,
      int records,
      int usable,
      Decision decision) {
    DaneApplicability result = DaneApplicability.decide(mx, address, tlsa, records, usable);

    assertThat(result.decision()).isEqualTo(decision);
    assertThat(result.reason()).contains("RFC 7672 §2.");
  }
}
