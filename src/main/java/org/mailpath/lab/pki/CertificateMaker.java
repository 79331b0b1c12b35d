package org.mailpath.lab.pki;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Builds the lab's X.509 certificates with Bouncy Castle (RFC 5280 profile). */
final class CertificateMaker {

  /** RFC 5280 §4.1.2.2: serial numbers are positive and at most 20 octets; 16 random is ample. */
  private static final int SERIAL_BYTES = 16;

  /**
   * The lab's CAs sign each other with an EC P-256 key, hence ECDSA with SHA-256 (RFC 5758 §3.2).
   */
  private static final String CA_SIGNATURE_ALGORITHM = "SHA256withECDSA";

  private static final SecureRandom RANDOM = new SecureRandom();

  private CertificateMaker() {}

  /** A CA certificate; {@code pathLength} limits the CAs below it (RFC 5280 §4.2.1.9). */
  static X509Certificate authority(
      X500Name subject,
      PublicKey subjectKey,
      X500Name issuer,
      PrivateKey issuerKey,
      PublicKey issuerPublicKey,
      Instant notBefore,
      Instant notAfter,
      int pathLength) {
    try {
      JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
      X509v3CertificateBuilder builder =
          builder(issuer, subject, subjectKey, notBefore, notAfter)
              .addExtension(Extension.basicConstraints, true, new BasicConstraints(pathLength))
              .addExtension(
                  Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
              .addExtension(
                  Extension.subjectKeyIdentifier,
                  false,
                  utils.createSubjectKeyIdentifier(subjectKey))
              .addExtension(
                  Extension.authorityKeyIdentifier,
                  false,
                  utils.createAuthorityKeyIdentifier(issuerPublicKey));
      return sign(builder, issuerKey, CA_SIGNATURE_ALGORITHM);
    } catch (GeneralSecurityException | CertIOException e) {
      throw new IllegalStateException("cannot build the lab CA certificate " + subject, e);
    }
  }

  /**
   * A server certificate for {@code hostName} as {@code profile} describes it, signed by {@code
   * issuerKey} (the server's own key when the profile is self-signed).
   */
  static X509Certificate server(
      String hostName,
      KeyPair serverKey,
      CertificateProfile profile,
      X500Name issuer,
      KeyPair issuerKey,
      Instant now) {
    List<String> names = profile.namesFor(hostName);
    try {
      JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
      X509v3CertificateBuilder builder =
          builder(
                  issuer,
                  new X500Name("CN=" + names.get(0)),
                  serverKey.getPublic(),
                  profile.validity().notBefore(now),
                  profile.validity().notAfter(now))
              .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
              // RFC 9525 §6: clients match the DNS-ID in subjectAltName; the CN is not consulted.
              .addExtension(
                  Extension.subjectAlternativeName,
                  false,
                  new GeneralNames(
                      names.stream()
                          .map(name -> new GeneralName(GeneralName.dNSName, name))
                          .toArray(GeneralName[]::new)))
              .addExtension(
                  Extension.extendedKeyUsage,
                  false,
                  new ExtendedKeyUsage(profile.purpose().keyPurposeId()))
              .addExtension(Extension.keyUsage, true, new KeyUsage(profile.keyUsageBits()))
              .addExtension(
                  Extension.subjectKeyIdentifier,
                  false,
                  utils.createSubjectKeyIdentifier(serverKey.getPublic()))
              .addExtension(
                  Extension.authorityKeyIdentifier,
                  false,
                  utils.createAuthorityKeyIdentifier(issuerKey.getPublic()));
      return sign(
          builder,
          issuerKey.getPrivate(),
          profile.signatureHash().signatureAlgorithm(issuerKey.getPrivate().getAlgorithm()));
    } catch (GeneralSecurityException | CertIOException e) {
      throw new IllegalStateException("cannot build the lab certificate for " + hostName, e);
    }
  }

  private static X509v3CertificateBuilder builder(
      X500Name issuer, X500Name subject, PublicKey key, Instant notBefore, Instant notAfter) {
    return new JcaX509v3CertificateBuilder(
        issuer,
        new BigInteger(1, randomSerial()),
        Date.from(notBefore),
        Date.from(notAfter),
        subject,
        key);
  }

  private static byte[] randomSerial() {
    byte[] serial = new byte[SERIAL_BYTES];
    RANDOM.nextBytes(serial);
    serial[0] &= 0x7f;
    serial[0] |= 0x01; // never zero, never negative
    return serial;
  }

  private static X509Certificate sign(
      X509v3CertificateBuilder builder, PrivateKey issuerKey, String algorithm)
      throws GeneralSecurityException {
    try {
      return new JcaX509CertificateConverter()
          .getCertificate(builder.build(new JcaContentSignerBuilder(algorithm).build(issuerKey)));
    } catch (OperatorCreationException e) {
      throw new GeneralSecurityException("cannot sign with " + algorithm, e);
    }
  }
}
