package org.mailpath.ui.tls;

import java.util.ArrayList;
import java.util.List;
import org.mailpath.finding.Finding;
import org.mailpath.finding.FindingCode;
import org.mailpath.finding.Severity;
import org.mailpath.pki.ChainStructure;
import org.mailpath.pki.ChainVerdict;

/** The checks of the whole chain (PKIX, name, dates, order, completeness) as marked facts. */
final class VerdictFacts {

  private VerdictFacts() {}

  static List<MarkedFact> of(ChainVerdict v, String ocspStapling, List<Finding> chainProblems) {
    List<MarkedFact> facts = new ArrayList<>();
    if (v == null) {
      facts.add(new MarkedFact("Verdict", "The chain was not checked", null));
      return facts;
    }
    facts.add(
        check(
            "PKIX path",
            v.pkixTrusted(),
            v.pkixTrusted()
                ? "Trusted" + (v.trustAnchor() == null ? "" : " — anchor " + v.trustAnchor())
                : "Not trusted" + (v.pkixProblem() == null ? "" : ": " + v.pkixProblem()),
            FindingCode.CERTIFICATE_NOT_TRUSTED));
    // RFC 9525 §6: the leaf must name the MX host.
    facts.add(
        check(
            "Host name",
            v.hostnameMatches(),
            v.hostnameMatches() ? "Matches " + v.matchedName() : "Does not name the MX host",
            FindingCode.CERTIFICATE_HOST_MISMATCH));
    facts.add(
        check(
            "Validity",
            v.withinValidity(),
            v.withinValidity() ? "The leaf is within its dates" : "The leaf is outside its dates",
            FindingCode.CERTIFICATE_EXPIRED));
    ChainStructure s = v.structure();
    if (s != null) {
      // RFC 5246 §7.4.2: each certificate certifies the one before; RFC 8446 §4.4.2 relaxes it.
      facts.add(
          new MarkedFact(
              "Order",
              s.ordered() ? "Each certificate issued by the next" : "Sent out of order",
              s.ordered() ? Severity.PASS : Severity.INFO));
      facts.add(
          check(
              "Completeness",
              !s.incomplete(),
              s.incomplete()
                  ? "Incomplete: "
                      + (s.missingIssuer() == null ? "an issuer" : s.missingIssuer())
                      + " was not sent"
                  : "Complete up to a trusted or sent issuer",
              FindingCode.CERTIFICATE_CHAIN_INCOMPLETE));
      if (s.leafSelfSigned()) {
        facts.add(
            new MarkedFact(
                "Leaf",
                "Self-signed: no CA vouches for it",
                FindingCode.CERTIFICATE_SELF_SIGNED.severity()));
      }
    }
    if (ocspStapling != null) {
      facts.add(new MarkedFact("OCSP stapling", ocspStapling, null)); // RFC 6066 §8
    }
    chainProblems.forEach(
        f -> facts.add(new MarkedFact("Finding", f.code() + ": " + f.explanation(), f.severity())));
    return facts;
  }

  private static MarkedFact check(String name, boolean good, String words, FindingCode code) {
    return new MarkedFact(name, words, good ? Severity.PASS : code.severity());
  }
}
