package org.mailpath.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SummaryTest {

  @ParameterizedTest(name = "{0} over {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
"""
SMIME_ENVELOPED | nostarttls | With S/MIME and no header protection, the Subject 'Q3 layoffs' is readable by the recipient and 6 of 6 others.
SMIME_ENVELOPED | good       | With S/MIME and no header protection, the Subject 'Q3 layoffs' is readable by the recipient and 4 of 6 others, 6 if STARTTLS is stripped.
SMIME_ENVELOPED | dane       | With S/MIME and no header protection, the Subject 'Q3 layoffs' is readable by the recipient and 4 of 6 others.
SMIME_HP        | nostarttls | With S/MIME and header protection (hcp_baseline), the Subject 'Q3 layoffs' is readable by the recipient only.
NONE            | multi      | With no end-to-end protection, the Subject 'Q3 layoffs' is readable by the recipient and 5 of 6 others, 6 if STARTTLS is stripped.
PGP_INLINE      | tls10      | With inline PGP, the Subject 'Q3 layoffs' is readable by the recipient and 6 of 6 others.
""")
  void summary_protectionOverTransport_isThisLine(
      Protection protection, String transport, String expected) {
    assertThat(
            Exposure.matrix(MessageSample.DEFAULT, protection, Hops.scenario(transport)).summary())
        .isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void summary_headerProtectionWithoutConfidentiality_namesThePolicy() {
    ExposureMatrix m =
        Exposure.matrix(
            MessageSample.DEFAULT,
            Protection.SMIME_HP,
            HeaderPolicy.HCP_NO_CONFIDENTIALITY,
            Hops.scenario("nostarttls"));

    assertThat(m.summary())
        .isEqualTo(
            "With S/MIME and header protection (hcp_no_confidentiality), the Subject 'Q3 layoffs'"
                + " is readable by the recipient and 6 of 6 others.");
  }
}
