package org.mailpath.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EndToEndRulesTest {

  @Test
  void coverage_everyPartProtectionAndPolicy_hasExactlyOneRuleWithAnRfc() {
    for (Part part : Part.values()) {
      for (Protection protection : Protection.values()) {
        for (HeaderPolicy policy : HeaderPolicy.values()) {
          String what = part + "/" + protection + "/" + policy;
          assertThatCode(() -> EndToEndRules.coverage(part, protection, policy))
              .as(what)
              .doesNotThrowAnyException();
          Coverage c = EndToEndRules.coverage(part, protection, policy);
          assertThat(c.reason()).as(what).isNotBlank();
          assertThat(c.rfc()).as(what).startsWith("RFC ");
        }
      }
    }
  }

  /** RFC 9788's policies differ in the Subject only (of the parts modelled), and only with HP. */
  @ParameterizedTest(name = "{0} with {1}: Subject hidden = {2}")
  @CsvSource(
      textBlock =
          """
          SMIME_HP,        HCP_BASELINE,           true
          SMIME_HP,        HCP_NO_CONFIDENTIALITY, false
          PGP_MIME_HP,     HCP_BASELINE,           true
          PGP_MIME_HP,     HCP_NO_CONFIDENTIALITY, false
          SMIME_ENVELOPED, HCP_BASELINE,           false
          SMIME_ENVELOPED, HCP_NO_CONFIDENTIALITY, false
          """)
  void coverage_headerPolicy_decidesTheSubjectUnderHeaderProtection(
      Protection protection, HeaderPolicy policy, boolean hidden) {
    assertThat(EndToEndRules.coverage(Part.SUBJECT, protection, policy).hidden()).isEqualTo(hidden);
    for (Part part : Part.values()) {
      if (part != Part.SUBJECT) {
        assertThat(EndToEndRules.coverage(part, protection, policy).hidden())
            .as(part.name())
            .isEqualTo(EndToEndRules.coverage(part, protection).hidden());
      }
    }
  }

  /** Which parts each protection hides: the whole table, one row per protection. */
  @ParameterizedTest(name = "{0}: subject={1} body={2} attachments={3} from={4} envelope={5}")
  @CsvSource(
      textBlock =
          """
          # protection,     subject, body,  attachments, from,  envelope recipients
          NONE,             false,   false, false,       false, false
          PGP_MIME,         false,   true,  true,        false, false
          PGP_INLINE,       false,   true,  false,       false, false
          PGP_MIME_HP,      true,    true,  true,        false, false
          SMIME_SIGNED,     false,   false, false,       false, false
          SMIME_ENVELOPED,  false,   true,  true,        false, false
          SMIME_HP,         true,    true,  true,        false, false
          """)
  void coverage_protection_hidesExactlyTheseParts(
      Protection protection,
      boolean subject,
      boolean body,
      boolean attachments,
      boolean from,
      boolean envelope) {
    assertThat(EndToEndRules.coverage(Part.SUBJECT, protection).hidden()).isEqualTo(subject);
    assertThat(EndToEndRules.coverage(Part.BODY, protection).hidden()).isEqualTo(body);
    assertThat(EndToEndRules.coverage(Part.ATTACHMENTS, protection).hidden())
        .isEqualTo(attachments);
    assertThat(EndToEndRules.coverage(Part.FROM, protection).hidden()).isEqualTo(from);
    assertThat(EndToEndRules.coverage(Part.ENVELOPE_RECIPIENTS, protection).hidden())
        .isEqualTo(envelope);
  }

  @ParameterizedTest(name = "{0} is never hidden end to end")
  @CsvSource(
      textBlock =
          """
          ENVELOPE_SENDER,        RFC 5321 §3.3
          ENVELOPE_RECIPIENTS,    RFC 5321 §3.3
          CONNECTION_METADATA,    RFC 5321 §4.4
          BCC,                    RFC 5322 §3.6.3
          RECEIVED,               RFC 5321 §4.4
          AUTHENTICATION_RESULTS, RFC 8601 §4
          DKIM_SIGNATURE,         RFC 6376 §3.5
          SIZE_AND_TIMING,        RFC 1870
          """)
  void coverage_envelopeAndTraceFields_areNeverHidden(Part part, String rfc) {
    for (Protection protection : Protection.values()) {
      Coverage c = EndToEndRules.coverage(part, protection);
      assertThat(c.hidden()).as(protection.name()).isFalse();
      assertThat(c.rfc()).isEqualTo(rfc);
    }
  }

  @ParameterizedTest(name = "{0} under header protection cites RFC 9788")
  @CsvSource({"FROM", "TO", "CC", "SUBJECT", "DATE", "MESSAGE_ID", "REFERENCES", "USER_AGENT"})
  void coverage_headerUnderHeaderProtection_citesRfc9788(Part part) {
    assertThat(EndToEndRules.coverage(part, Protection.SMIME_HP).rfc()).isEqualTo("RFC 9788");
    assertThat(EndToEndRules.coverage(part, Protection.PGP_MIME_HP).rfc()).isEqualTo("RFC 9788");
  }
}
