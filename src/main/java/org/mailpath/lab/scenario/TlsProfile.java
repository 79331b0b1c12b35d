package org.mailpath.lab.scenario;

import org.mailpath.lab.pki.CertificateProfile;

/**
 * How a lab server behaves once a client sends STARTTLS.
 *
 * @param versions the versions it negotiates
 * @param extendedMasterSecret whether it agrees to RFC 7627 Extended Master Secret when asked
 * @param rsaKeyExchange whether it also offers static RSA key transport suites (TLS_RSA_*) next to
 *     ECDHE; only meaningful with an RSA certificate
 * @param certificate the certificate it presents
 * @param requireTls whether its EHLO reply inside TLS advertises REQUIRETLS (RFC 8689 §2)
 */
public record TlsProfile(
    TlsVersionRange versions,
    boolean extendedMasterSecret,
    boolean rsaKeyExchange,
    CertificateProfile certificate,
    boolean requireTls) {

  /** TLS 1.3 and 1.2 with EMS and a valid EC chain from the lab CA. */
  public static final TlsProfile MODERN =
      new TlsProfile(
          TlsVersionRange.TLS13_AND_TLS12, true, false, CertificateProfile.GOOD_EC, false);

  public TlsProfile withVersions(TlsVersionRange newVersions) {
    return new TlsProfile(
        newVersions, extendedMasterSecret, rsaKeyExchange, certificate, requireTls);
  }

  public TlsProfile withoutExtendedMasterSecret() {
    return new TlsProfile(versions, false, rsaKeyExchange, certificate, requireTls);
  }

  public TlsProfile withCertificate(CertificateProfile newCertificate) {
    return new TlsProfile(
        versions, extendedMasterSecret, rsaKeyExchange, newCertificate, requireTls);
  }

  public TlsProfile withRsaKeyExchange() {
    return new TlsProfile(versions, extendedMasterSecret, true, certificate, requireTls);
  }

  public TlsProfile withRequireTls() {
    return new TlsProfile(versions, extendedMasterSecret, rsaKeyExchange, certificate, true);
  }
}
