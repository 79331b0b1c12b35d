package org.mailpath.lab.pki;

import org.bouncycastle.asn1.x509.KeyUsage;

/**
 * What a lab server certificate looks like. Scenarios pick one; later scenarios (wrong EKU,
 * self-signed, name mismatch, missing intermediate, weak key) add fields here, not code paths.
 *
 * @param keyKind the server key's algorithm
 * @param keyUsageBits Bouncy Castle {@link KeyUsage} bits (RFC 5280 §4.2.1.3)
 * @param validity where the validity window lies
 * @param sendIntermediate whether the server sends the intermediate after the leaf (RFC 8446
 *     §4.4.2: the sender's certificate first, then the ones that certify it)
 */
public record CertificateProfile(
    KeyKind keyKind, int keyUsageBits, CertificateValidity validity, boolean sendIntermediate) {

  /** RFC 8446 §4.4.2.2: an (EC)DHE or TLS 1.3 server key must be allowed to sign. */
  public static final CertificateProfile GOOD_EC =
      new CertificateProfile(
          KeyKind.EC_P256, KeyUsage.digitalSignature, CertificateValidity.CURRENT, true);

  /** Valid in every way except its dates. */
  public static final CertificateProfile EXPIRED_EC =
      new CertificateProfile(
          KeyKind.EC_P256, KeyUsage.digitalSignature, CertificateValidity.EXPIRED, true);

  /**
   * RFC 5280 §4.2.1.3: keyEncipherment alone allows RSA key transport (TLS_RSA_*) but not signing
   * the ECDHE parameters of TLS_ECDHE_RSA_*.
   */
  public static final CertificateProfile RSA_KEY_ENCIPHERMENT_ONLY =
      new CertificateProfile(
          KeyKind.RSA_2048, KeyUsage.keyEncipherment, CertificateValidity.CURRENT, true);
}
