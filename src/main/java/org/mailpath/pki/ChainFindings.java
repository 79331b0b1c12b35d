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
              "subjectAltName: "
                  + (leaf.subjectAltNames().isEmpty()
                      ? "(none)"
                      : String.join(", ", leaf.subjectAltNames()))));
    }
    ChainStructure structure = verdict.structure();
    if (structure != null && structure.leafSelfSigned()) {
      findings.add(
          FindingCode.CERTIFICATE_SELF_SIGNED.raise(
              subject, "The leaf certificate is its own issuer.", leafEvidence));
    } else if (structure != null && structure.incomplete()) {
      findings.add(
          FindingCode.CERTIFICATE_CHAIN_INCOMPLETE.raise(
              subject,
              "The chain stops before "
                  + structure.missingIssuer()
                  + ", which the server did not send.",
              chainEvidence(chain)));
    } else if (!verdict.pkixTrusted()) {
      findings.add(
          FindingCode.CERTIFICATE_NOT_TRUSTED.raise(
              subject, verdict.pkixProblem() + ".", chainEvidence(chain)));
    }
    weakKeys(subject, chain, findings);
    weakSignatures(subject, chain, findings);
    // RFC 5280 §4.2.1.3 and RFC 8446 §4.4.2.2: if keyUsage is present, signing the handshake
    // (TLS 1.3, or (EC)DHE key exchange in TLS 1.2) needs the digitalSignature bit.
    if (leaf.keyUsage() != null && !leaf.keyUsage().contains("digitalSignature")) {
      findings.add(
          FindingCode.CERTIFICATE_KEYUSAGE_LACKS_DIGITALSIGNATURE.raise(
              subject,
              "keyUsage is "
                  + String.join(", ", leaf.keyUsage())
                  + ": the key may not sign ECDHE/DHE key exchanges or TLS 1.3 handshakes; only"
                  + " TLS 1.2 RSA key transport (no forward secrecy) stays within it.",
              keyUsageEvidence(leafEvidence, leaf)));
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

  // NIST SP 800-131A Rev. 2 §3 and RFC 9325 §4.3: RSA keys below 2048 bits, EC below 256.
  static final int MIN_RSA_BITS = 2048;
  static final int MIN_EC_BITS = 256;

  private static void weakKeys(
      String subject, List<CertificateInfo> chain, List<Finding> findings) {
    for (CertificateInfo cert : chain) {
      boolean weak =
          ("RSA".equals(cert.keyAlgorithm()) || "DSA".equals(cert.keyAlgorithm()))
                  && cert.keyBits() < MIN_RSA_BITS
              || "EC".equals(cert.keyAlgorithm()) && cert.keyBits() < MIN_EC_BITS;
      if (weak) {
        findings.add(
            FindingCode.CERTIFICATE_WEAK_KEY.raise(
                subject,
                "Certificate "
                    + cert.position()
                    + " has a "
                    + cert.keyBits()
                    + "-bit "
                    + cert.keyAlgorithm()
                    + " key.",
                "subject: " + cert.subject(),
                "key: " + cert.keyAlgorithm() + " " + cert.keyBits() + " bits"));
      }
    }
  }

  // RFC 9155 §2: SHA-1 (and MD5) signatures are deprecated in TLS 1.2; a root's self-signature is
  // not checked by anyone, so only certificates signed by another are judged.
  private static void weakSignatures(
      String subject, List<CertificateInfo> chain, List<Finding> findings) {
    for (CertificateInfo cert : chain) {
      String alg = cert.signatureAlgorithm().toUpperCase(java.util.Locale.ROOT);
      if (!cert.selfSigned() && (alg.contains("SHA1") || alg.contains("MD5"))) {
        findings.add(
            FindingCode.CERTIFICATE_SHA1_SIGNATURE.raise(
                subject,
                "Certificate "
                    + cert.position()
                    + " is signed with "
                    + cert.signatureAlgorithm()
                    + ".",
                "subject: " + cert.subject(),
                "signature algorithm: " + cert.signatureAlgorithm()));
      }
    }
  }

  private static List<String> chainEvidence(List<CertificateInfo> chain) {
    return chain.stream()
        .map(c -> c.position() + ": " + c.subject() + " (issuer " + c.issuer() + ")")
        .toList();
  }

  private static List<String> keyUsageEvidence(String leafEvidence, CertificateInfo leaf) {
    List<String> lines = new ArrayList<>();
    lines.add(leafEvidence);
    lines.add("keyUsage: " + String.join(", ", leaf.keyUsage()));
    lines.add(
        "breaks: ECDHE_* and DHE_* suites (TLS 1.2) and every TLS 1.3 handshake, at clients that enforce keyUsage");
    KeyUsageEnforcement.evidence().forEach(lines::add);
    return lines;
  }
}
