package org.mailpath.policy.sts;

import java.util.List;
import org.mailpath.finding.FindingCode;
import org.mailpath.pki.ChainVerdict;
import org.mailpath.text.RemoteText;

/**
 * The outcome of fetching and parsing one domain's MTA-STS policy.
 *
 * @param outcome OK or the RFC 8460 §4.3.2 result type a reporting sender would file
 * @param url the URL as a sender would write it (the host, never the address dialled)
 * @param policy the policy when {@link Outcome#OK}, else null
 * @param detail what went wrong, or null
 * @param verdict the policy host's certificate checks, or null before a handshake
 * @param evidence status line, headers, certificate subject
 */
public record StsFetchResult(
    Outcome outcome,
    String url,
    StsPolicy policy,
    String detail,
    ChainVerdict verdict,
    List<String> evidence) {

  public enum Outcome {
    OK(null, "fetched"),
    FETCH_ERROR(FindingCode.STS_POLICY_FETCH_ERROR, "fetch failed"),
    WEBPKI_INVALID(FindingCode.STS_WEBPKI_INVALID, "policy host certificate not valid"),
    POLICY_INVALID(FindingCode.STS_POLICY_INVALID, "invalid policy");

    private final String label;

    /** The fetch in words: "fetched", "fetch failed". */
    public String label() {
      return label;
    }

    private final FindingCode findingCode;

    Outcome(FindingCode findingCode, String label) {
      this.findingCode = findingCode;
      this.label = label;
    }

    /** The finding to raise, which is also the RFC 8460 §4.3.2 result type; null for OK. */
    public FindingCode findingCode() {
      return findingCode;
    }
  }

  public StsFetchResult {
    // The detail and evidence quote the policy server's status line, headers and body: remote
    // text, shown and never obeyed (RemoteText).
    detail = RemoteText.visible(detail);
    evidence = evidence == null ? List.of() : List.copyOf(RemoteText.visible(evidence));
  }
}
