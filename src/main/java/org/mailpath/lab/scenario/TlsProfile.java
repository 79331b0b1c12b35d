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
 */
public record TlsProfile(
    TlsVersionRange versions,
    boolean extendedMasterSecret,
    boolean rsaKeyExchange,
    CertificateProfile certificate) {

  /** TLS 1.3 and 1.2 with EMS and a valid EC chain from the lab CA. */
  public static final TlsProfile MODERN =
      new TlsProfile(TlsVersionRange.TLS13_AND_TLS12, true, false, CertificateProfile.GOOD_EC);

  public TlsProfile withVersions(TlsVersionRange newVersions) {
    return new TlsProfile(newVersions, extendedMasterSecret, rsaKeyExchange, certificate);
  }

  public TlsProfile withoutExtendedMasterSecret() {
    return new TlsProfile(versions, false, rsaKeyExchange, certificate);
  }

  public TlsProfile withCertificate(CertificateProfile newCertificate) {
    return new TlsProfile(versions, extendedMasterSecret, rsaKeyExchange, newCertificate);
  }

  public TlsProfile withRsaKeyExchange() {
    return new TlsProfile(versions, extendedMasterSecret, true, certificate);
  }
}
