package org.mailpath.pki;

import java.time.Instant;
import java.util.List;
import org.mailpath.text.RemoteText;

/**
 * What one certificate of a presented chain says, in the order the server sent it.
 *
 * @param position 0 for the leaf, then the order the server sent the rest
 * @param subject subject DN (RFC 4514)
 * @param issuer issuer DN
 * @param serialNumber hex
 * @param notBefore start of validity
 * @param notAfter end of validity
 * @param subjectAltNames dNSName and iPAddress entries, e.g. "DNS:mx.example.org"
 * @param keyAlgorithm "RSA", "EC", "Ed25519"
 * @param keyBits key size in bits (curve size for EC)
 * @param signatureAlgorithm e.g. "SHA256withRSA"
 * @param keyUsage names of the set keyUsage bits; null when the extension is absent
 * @param extendedKeyUsage names or OIDs; null when absent
 * @param ca basicConstraints cA
 * @param selfSigned subject equals issuer and the signature verifies with its own key
 * @param details AIA, SCTs, path length, must-staple
 * @param sha256Fingerprint hex, colon-separated
 * @param pem the certificate in PEM form
 */
public record CertificateInfo(
    int position,
    String subject,
    String issuer,
    String serialNumber,
    Instant notBefore,
    Instant notAfter,
    List<String> subjectAltNames,
    String keyAlgorithm,
    int keyBits,
    String signatureAlgorithm,
    List<String> keyUsage,
    List<String> extendedKeyUsage,
    boolean ca,
    boolean selfSigned,
    CertificateDetails details,
    String sha256Fingerprint,
    String pem) {

  /** Every field a certificate's issuer wrote is remote text: shown, never obeyed (RemoteText). */
  public CertificateInfo {
    subject = RemoteText.visible(subject);
    issuer = RemoteText.visible(issuer);
    subjectAltNames = RemoteText.visible(subjectAltNames);
    keyUsage = RemoteText.visible(keyUsage);
    extendedKeyUsage = RemoteText.visible(extendedKeyUsage);
  }
}
