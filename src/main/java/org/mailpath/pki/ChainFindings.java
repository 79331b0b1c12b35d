package org.mailpath.pki;

import java.util.ArrayList;
import java.util.List;
import org.mailpath.finding.Finding;
import org.mailpath.finding.FindingCode;

/** Turns a chain and its verdict into findings about one connection. */
public final class ChainFindings {
  private ChainFindings() {}

  public static List<Finding> of(
      String subject, String host, List<CertificateInfo> chain, ChainVerdict verdict) {
    List<Finding> findings = new ArrayList<>();
    CertificateInfo leaf = chain.get(0);
    String leafEvidence = "leaf: " + leaf.subject() + " (issuer " + leaf.issuer() + ")";
    if (!verdict.withinValidity()) {
      findings.add(
          FindingCode.CERTIFICATE_EXPIRED.raise(
              subject,
              "The certificate is valid from " + leaf.notBefore() + " to " + leaf.notAfter() + ".",
              leafEvidence,
              "notBefore: " + leaf.notBefore(),
              "notAfter: " + leaf.notAfter()));
    }
    if (!verdict.hostnameMatches()) {
      findings.add(
          FindingCode.CERTIFICATE_HOST_MISMATCH.raise(
              subject,
              "The certificate does not name " + host + ".",
              leafEvidence,
              "subjectAltName: " + (leaf.subjectAltNames().isEmpty() ? "(none)" : String.join(", ", leaf.subjectAltNames()))));
    }
    if (!verdict.pkixTrusted()) {
      findings.add(
          FindingCode.CERTIFICATE_NOT_TRUSTED.raise(
              subject, verdict.pkixProblem() + ".", leafEvidence, "chain length: " + chain.size()));
    }
    // RFC 5280 §4.2.1.3 and RFC 8446 §4.4.2.2: if keyUsage is present, signing the handshake
    // (TLS 1.3, or (EC)DHE key exchange in TLS 1.2) needs the digitalSignature bit.
    if (leaf.keyUsage() != null && !leaf.keyUsage().contains("digitalSignature")) {
      findings.add(
          FindingCode.CERTIFICATE_KEYUSAGE_LACKS_DIGITALSIGNATURE.raise(
              subject,
              "keyUsage is " + String.join(", ", leaf.keyUsage())
                  + ": the key may not sign ECDHE/DHE key exchanges or TLS 1.3 handshakes; only"
                  + " TLS 1.2 RSA key transport (no forward secrecy) stays within it.",
              leafEvidence,
              "keyUsage: " + String.join(", ", leaf.keyUsage())));
    }
    // RFC 5280 §4.2.1.12: if extendedKeyUsage is present, it must allow serverAuth.
    if (leaf.extendedKeyUsage() != null
        && !leaf.extendedKeyUsage().contains("serverAuth")
        && !leaf.extendedKeyUsage().contains("anyExtendedKeyUsage")) {
      findings.add(
          FindingCode.CERTIFICATE_EKU_LACKS_SERVERAUTH.raise(
              subject,
              "extendedKeyUsage is " + String.join(", ", leaf.extendedKeyUsage()) + ".",
              leafEvidence,
              "extendedKeyUsage: " + String.join(", ", leaf.extendedKeyUsage())));
    }
    return findings;
  }
}
