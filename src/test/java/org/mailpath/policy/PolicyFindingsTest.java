package org.mailpath.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailpath.finding.Finding;
import org.mailpath.policy.sts.StsFetchResult;
import org.mailpath.policy.sts.StsMode;
import org.mailpath.policy.sts.StsPolicy;
import org.mailpath.policy.tlsrpt.TlsRptRecordParser;

class PolicyFindingsTest {

  private static final String URL = "https://mta-sts.mail.test/.well-known/mta-sts.txt";

  @Test
  void ofStsFetch_redirect_fetchErrorWithUrlAsEvidence() {
    StsFetchResult result =
        new StsFetchResult(
            StsFetchResult.Outcome.FETCH_ERROR,
            URL,
            null,
            "HTTP 302",
            null,
            List.of("HTTP/1.1 302 Found"));

    Finding finding = PolicyFindings.ofStsFetch("mail.test", result).orElseThrow();

    assertThat(finding.code()).isEqualTo("sts-policy-fetch-error");
    assertThat(finding.evidence()).containsExactly(URL, "HTTP/1.1 302 Found");
  }

  @Test
  void ofStsFetch_enforcePolicy_stsEnforce() {
    StsFetchResult result =
        new StsFetchResult(
            StsFetchResult.Outcome.OK,
            URL,
            new StsPolicy(StsMode.ENFORCE, 86400, List.of("mx.mail.test")),
            null,
            null,
            List.of());

    assertThat(PolicyFindings.ofStsFetch("mail.test", result))
        .map(Finding::code)
        .contains("sts-enforce");
  }

  @Test
  void ofStsFetch_testingPolicy_none() {
    StsFetchResult result =
        new StsFetchResult(
            StsFetchResult.Outcome.OK,
            URL,
            new StsPolicy(StsMode.TESTING, 86400, List.of("mx.mail.test")),
            null,
            null,
            List.of());

    assertThat(PolicyFindings.ofStsFetch("mail.test", result)).isEmpty();
  }

  @Test
  void ofStsMxMatch_unlistedHost_mismatch() {
    StsPolicy policy = new StsPolicy(StsMode.ENFORCE, 1, List.of("*.mail.test"));

    assertThat(PolicyFindings.ofStsMxMatch("a.b.mail.test", policy))
        .map(Finding::code)
        .contains("sts-mx-mismatch");
    assertThat(PolicyFindings.ofStsMxMatch("mx1.mail.test", policy)).isEmpty();
  }

  @Test
  void ofTlsRpt_present_listsDestinations() {
    Finding finding =
        PolicyFindings.ofTlsRpt(
                "mail.test",
                TlsRptRecordParser.parse(List.of("v=TLSRPTv1; rua=mailto:r@mail.test")))
            .orElseThrow();

    assertThat(finding.code()).isEqualTo("tlsrpt-present");
    assertThat(finding.detail()).contains("mailto:r@mail.test");
  }
}
