package org.mailpath.pki;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The SHA-256 of a certificate's SubjectPublicKeyInfo: what stays the same when a certificate is
 * reissued on the same key and changes when the key does (the "3 1 1" form of RFC 6698 §2.1.2 and
 * §2.1.3, which RFC 7672 §3.1.2 recommends for that reason). Read from the PEM a report keeps, so
 * that sessions stored before this was computed can be compared too.
 */
public final class PublicKeyFingerprint {
  private PublicKeyFingerprint() {}

  private static final String BEGIN = "-----BEGIN CERTIFICATE-----";
  private static final String END = "-----END CERTIFICATE-----";

  /**
   * Hex, colon-separated like the certificate fingerprint; empty when the PEM is missing or bad.
   */
  public static Optional<String> sha256(CertificateInfo certificate) {
    String pem = certificate.pem();
    if (pem == null || !pem.contains(BEGIN) || !pem.contains(END)) {
      return Optional.empty();
    }
    String base64 = pem.substring(pem.indexOf(BEGIN) + BEGIN.length(), pem.indexOf(END));
    try {
      byte[] der = Base64.getMimeDecoder().decode(base64);
      byte[] spki = Certificates.fromDer(der).getPublicKey().getEncoded();
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(spki);
      return Optional.of(HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest));
    } catch (CertificateException | IllegalArgumentException e) {
      return Optional.empty();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }
}
