package org.mailpath.report.section;

import java.util.ArrayList;
import java.util.List;
import org.mailpath.pki.CertificateInfo;
import org.mailpath.pki.ChainVerdict;
import org.mailpath.report.doc.Block;
import org.mailpath.report.doc.Block.Fact;
import org.mailpath.report.doc.Tone;
import org.mailpath.trace.ConnectionReport;
import org.mailpath.trace.TraceReport;

/**
 * Per mail server: what the chain was judged to be, then every certificate as the server sent it.
 */
final class CertificateSection implements ReportSection {

  @Override
  public boolean appliesTo(TraceReport report) {
    return report.connections().stream().anyMatch(CertificateSection::hasChain);
  }

  private static boolean hasChain(ConnectionReport c) {
    return c.tls() != null && !c.tls().chain().isEmpty();
  }

  @Override
  public List<Block> render(ReportContext context) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Heading(1, "Certificates"));
    for (ConnectionReport c : context.report().connections()) {
      if (!hasChain(c)) {
        continue;
      }
      blocks.add(new Block.Heading(2, c.plan().id() + "  " + c.plan().label()));
      if (c.tls().verdict() != null) {
        blocks.add(new Block.Facts(verdict(c.tls().verdict())));
      }
      for (CertificateInfo cert : c.tls().chain()) {
        blocks.add(new Block.Heading(3, role(cert) + ": " + cert.subject()));
        blocks.add(new Block.Facts(details(cert, context)));
      }
    }
    return blocks;
  }

  private static List<Fact> verdict(ChainVerdict v) {
    List<Fact> facts = new ArrayList<>();
    facts.add(
        new Fact(
            "Trusted (PKIX)",
            v.pkixTrusted()
                ? "yes" + (v.trustAnchor() == null ? "" : ", anchored at " + v.trustAnchor())
                : "no" + (v.pkixProblem() == null ? "" : ": " + v.pkixProblem()),
            v.pkixTrusted() ? Tone.PASS : Tone.ERROR,
            false));
    facts.add(
        new Fact(
            "Names the host",
            v.hostnameMatches()
                ? "yes" + (v.matchedName() == null ? "" : " (" + v.matchedName() + ")")
                : "no",
            v.hostnameMatches() ? Tone.PASS : Tone.ERROR,
            false));
    facts.add(
        new Fact(
            "Within validity",
            v.withinValidity() ? "yes" : "no",
            v.withinValidity() ? Tone.PASS : Tone.ERROR,
            false));
    return facts;
  }

  private static String role(CertificateInfo cert) {
    if (cert.position() == 0) {
      return "Server certificate";
    }
    return (cert.ca() ? "CA certificate #" : "Certificate #") + cert.position();
  }

  private static List<Fact> details(CertificateInfo c, ReportContext context) {
    List<Fact> facts = new ArrayList<>();
    facts.add(Fact.mono("Subject", c.subject()));
    facts.add(Fact.mono("Issuer", c.issuer()));
    facts.add(Fact.mono("Serial number", c.serialNumber()));
    facts.add(
        Fact.of(
            "Valid", context.dateTime(c.notBefore()) + "  to  " + context.dateTime(c.notAfter())));
    if (c.subjectAltNames() != null && !c.subjectAltNames().isEmpty()) {
      facts.add(Fact.mono("Alternative names", String.join("\n", c.subjectAltNames())));
    }
    facts.add(Fact.of("Key", c.keyAlgorithm() + " " + c.keyBits() + " bits"));
    facts.add(Fact.of("Signature", c.signatureAlgorithm()));
    facts.add(
        Fact.of(
            "Key usage",
            c.keyUsage() == null ? "(extension absent)" : String.join(", ", c.keyUsage())));
    facts.add(
        Fact.of(
            "Extended key usage",
            c.extendedKeyUsage() == null
                ? "(extension absent)"
                : String.join(", ", c.extendedKeyUsage())));
    facts.add(Fact.of("CA", (c.ca() ? "yes" : "no") + (c.selfSigned() ? ", self-signed" : "")));
    facts.add(Fact.mono("SHA-256 fingerprint", c.sha256Fingerprint()));
    return facts;
  }
}
