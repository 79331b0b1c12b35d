package org.mailpath.policy.dane;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;

/** Does a TLSA record's association data match a certificate? (RFC 6698 §2.1.2, §2.1.3) */
final class TlsaMatcher {
  private TlsaMatcher() {}

  /** The record must be usable ({@link TlsaUsability#unusableReason} returned null). */
  static boolean matches(TlsaRecord record, X509Certificate certificate) {
    byte[] selected = selected(record.selector(), certificate);
    return MessageDigest.isEqual(digest(record.matchingType(), selected), record.data());
  }

  static byte[] selected(int selector, X509Certificate certificate) {
    try {
      // RFC 6698 §2.1.2: selector 0 is the full certificate (DER), 1 its SubjectPublicKeyInfo.
      return selector == 0 ? certificate.getEncoded() : certificate.getPublicKey().getEncoded();
    } catch (CertificateEncodingException e) {
      throw new IllegalArgumentException("a parsed certificate cannot be re-encoded", e);
    }
  }

  static byte[] digest(int matchingType, byte[] selected) {
    try {
      // RFC 6698 §2.1.3: 0 exact match, 1 SHA-256, 2 SHA-512.
      return switch (matchingType) {
        case 0 -> selected;
        case 1 -> MessageDigest.getInstance("SHA-256").digest(selected);
        case 2 -> MessageDigest.getInstance("SHA-512").digest(selected);
        default -> throw new IllegalArgumentException("unusable matching type " + matchingType);
      };
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-2", e);
    }
  }
}
