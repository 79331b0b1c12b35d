package org.mailpath.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mailpath.finding.Finding;
import org.mailpath.finding.FindingCode;
import org.mailpath.policy.dane.DaneResult;
import org.mailpath.policy.requiretls.RequireTlsVerdict;
import org.mailpath.policy.sts.StsFetchResult;
import org.mailpath.policy.sts.StsMode;
import org.mailpath.policy.sts.StsPolicy;
import org.mailpath.policy.tlsrpt.TlsRptRecord;

/**
 * Raises the findings of the existing table ({@link FindingCode}) from this stage's results.
 * Results that the table has no code for yet yield nothing here; they are listed for the lead.
 */
public final class PolicyFindings {
  private PolicyFindings() {}

  /** sts-policy-fetch-error, sts-webpki-invalid, sts-policy-invalid, or sts-enforce. */
  public static Optional<Finding> ofStsFetch(String domain, StsFetchResult result) {
    List<String> evidence = new ArrayList<>(result.evidence());
    evidence.add(0, result.url());
    if (result.outcome() != StsFetchResult.Outcome.OK) {
      return Optional.of(result.outcome().findingCode().raise(domain, result.detail(), evidence));
    }
    if (result.policy().mode() == StsMode.ENFORCE) {
      return Optional.of(
          FindingCode.STS_ENFORCE.raise(
              domain, "mode: enforce, max_age: " + result.policy().maxAgeSeconds(), evidence));
    }
    return Optional.empty();
  }

  /**
   * requiretls-undeliverable when no MX host qualifies; the detail names the evaluated outcome, a
   * deferral (RFC 5321 §4.5.4.1) or a return to the sender (RFC 8689 §5).
   */
  public static Optional<Finding> ofRequireTls(String domain, RequireTlsVerdict verdict) {
    if (verdict.outcome() == RequireTlsVerdict.Outcome.DELIVERABLE) {
      return Optional.empty();
    }
    String outcome =
        verdict.outcome() == RequireTlsVerdict.Outcome.DEFERRED
            ? "Deferred, not returned: "
            : "Returned to its sender: ";
    return Optional.of(
        FindingCode.REQUIRETLS_UNDELIVERABLE.raise(
            domain, outcome + verdict.reason() + ".", verdict.hostReasons()));
  }

  /** sts-mx-mismatch for an MX host that an enforce or testing policy does not list (§4.1). */
  public static Optional<Finding> ofStsMxMatch(String mxHost, StsPolicy policy) {
    if (policy.mode() == StsMode.NONE || policy.admits(mxHost)) {
      return Optional.empty();
    }
    return Optional.of(
        FindingCode.STS_MX_MISMATCH.raise(
            mxHost,
            mxHost + " matches none of the policy's mx patterns " + policy.mxPatterns(),
            policy.mxPatterns().stream().map(p -> "mx: " + p).toList()));
  }

  /** dane-tlsa-match or tlsa-invalid for one connection's chain. */
  public static Optional<Finding> ofDane(String subject, DaneResult result) {
    List<String> evidence =
        result.records().stream().map(r -> "TLSA " + r.record() + ": " + r.outcome()).toList();
    return result.findingCode().map(code -> code.raise(subject, result.detail(), evidence));
  }

  /** tlsrpt-present. */
  public static Optional<Finding> ofTlsRpt(String domain, TlsRptRecord record) {
    return record
        .findingCode()
        .map(
            code ->
                code.raise(
                    domain,
                    "reports go to "
                        + record.reportTo().stream().map(TlsRptRecord.ReportUri::uri).toList(),
                    record.record()));
  }
}
