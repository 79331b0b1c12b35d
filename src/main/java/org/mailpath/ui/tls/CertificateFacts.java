package org.mailpath.ui.tls;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.mailpath.finding.Finding;
import org.mailpath.finding.FindingCode;
import org.mailpath.finding.Severity;
import org.mailpath.pki.CertificateDetails;
import org.mailpath.pki.CertificateInfo;

/**
 * Every field of one certificate as marked facts. A field is marked with the severity of the
 * connection's finding about it (weak key, SHA-1, keyUsage, EKU, expiry, name, self-signed).
 */
final class CertificateFacts {

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final List<Finding> problems;
  private final List<MarkedFact> facts = new ArrayList<>();

  private CertificateFacts(List<Finding> problems) {
    this.problems = problems;
  }

  static List<MarkedFact> of(CertificateInfo c, List<Finding> problems) {
    CertificateFacts f = new CertificateFacts(problems);
    f.add("Subject", c.subject(), null);
    f.add("Issuer", c.issuer(), null);
    f.add("Serial", c.serialNumber(), null);
    f.add("Not before", time(c.notBefore()), null);
    f.add("Not after", time(c.notAfter()), FindingCode.CERTIFICATE_EXPIRED);
    f.add("Names (SAN)", joined(c.subjectAltNames()), FindingCode.CERTIFICATE_HOST_MISMATCH);
    f.add("Key", c.keyAlgorithm() + " " + c.keyBits() + " bit", FindingCode.CERTIFICATE_WEAK_KEY);
    f.add("Signature", c.signatureAlgorithm(), FindingCode.CERTIFICATE_SHA1_SIGNATURE);
    f.add(
        "Key usage",
        c.keyUsage() == null ? "(extension absent)" : joined(c.keyUsage()),
        FindingCode.CERTIFICATE_KEYUSAGE_LACKS_DIGITALSIGNATURE);
    f.add(
        "Extended key usage",
        c.extendedKeyUsage() == null ? "(extension absent)" : joined(c.extendedKeyUsage()),
        FindingCode.CERTIFICATE_EKU_LACKS_SERVERAUTH);
    f.add("CA", c.ca() ? "Yes (basicConstraints cA)" : "No", null);
    f.add("Self-signed", c.selfSigned() ? "Yes" : "No", FindingCode.CERTIFICATE_SELF_SIGNED);
    if (c.details() != null) {
      f.details(c.details());
    }
    f.add("SHA-256", c.sha256Fingerprint(), null);
    f.add("PEM", c.pem() == null ? null : c.pem().strip(), null);
    return List.copyOf(f.facts);
  }

  private void details(CertificateDetails d) {
    add("OCSP", d.ocspUrls().isEmpty() ? "None" : joined(d.ocspUrls()), null);
    add("CA issuers", d.caIssuerUrls().isEmpty() ? "None" : joined(d.caIssuerUrls()), null);
    add("CT (SCTs)", d.embeddedScts() + " embedded", null); // RFC 6962 §3.3
    add(
        "Path length",
        d.pathLengthConstraint() == null ? "No constraint" : "At most " + d.pathLengthConstraint(),
        null);
    add("Must staple", d.mustStaple() ? "Yes: OCSP stapling is required (RFC 7633)" : "No", null);
  }

  /** Adds a field; when a finding about it was raised, the field carries its mark and words. */
  private void add(String name, String value, FindingCode code) {
    Finding finding =
        code == null
            ? null
            : problems.stream().filter(p -> p.code().equals(code.code())).findFirst().orElse(null);
    if (finding == null) {
      facts.add(new MarkedFact(name, value, null));
    } else {
      String why = finding.detail() == null ? finding.explanation() : finding.detail();
      facts.add(new MarkedFact(name, value + "  — " + why, finding.severity()));
    }
  }

  static Severity worst(List<Finding> problems) {
    return problems.isEmpty()
        ? Severity.PASS
        : Severity.worst(problems.stream().map(Finding::severity).toList());
  }

  private static String time(Instant instant) {
    return instant == null ? null : DATE_TIME.format(instant);
  }

  private static String joined(List<String> values) {
    return values == null ? null : String.join(", ", values);
  }
}
