package org.mailpath.policy;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Certificates made for a test with Bouncy Castle: a CA, intermediates, leaves. */
public final class TestCertificates {
  private TestCertificates() {}

  private static final AtomicLong SERIAL = new AtomicLong(1000);
  public static final Instant NOW = Instant.now();

  /** A key pair and the certificate for it. */
  public record Issued(X509Certificate certificate, KeyPair keys) {}

  public static Issued ca(String commonName) {
    KeyPair keys = keyPair();
    return new Issued(
        build(
            commonName,
            keys,
            commonName,
            keys,
            true,
            List.of(),
            NOW.minus(Duration.ofDays(1)),
            NOW.plus(Duration.ofDays(365))),
        keys);
  }

  public static Issued intermediate(Issued issuer, String commonName) {
    KeyPair keys = keyPair();
    return new Issued(
        build(
            commonName,
            keys,
            subjectOf(issuer),
            issuer.keys(),
            true,
            List.of(),
            NOW.minus(Duration.ofDays(1)),
            NOW.plus(Duration.ofDays(365))),
        keys);
  }

  public static Issued leaf(Issued issuer, String... dnsNames) {
    return leaf(issuer, NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(90)), dnsNames);
  }

  public static Issued leaf(
      Issued issuer, Instant notBefore, Instant notAfter, String... dnsNames) {
    KeyPair keys = keyPair();
    return new Issued(
        build(
            dnsNames[0],
            keys,
            subjectOf(issuer),
            issuer.keys(),
            false,
            List.of(dnsNames),
            notBefore,
            notAfter),
        keys);
  }

  /** A leaf that signs itself (no CA at all). */
  public static Issued selfSigned(String dnsName) {
    KeyPair keys = keyPair();
    return new Issued(
        build(
            dnsName,
            keys,
            dnsName,
            keys,
            false,
            List.of(dnsName),
            NOW.minus(Duration.ofDays(1)),
            NOW.plus(Duration.ofDays(90))),
        keys);
  }

  /** An SSLContext for a server presenting {@code leaf} and then {@code chain}. */
  public static SSLContext serverContext(Issued leaf, X509Certificate... chain) throws Exception {
    X509Certificate[] all = new X509Certificate[chain.length + 1];
    all[0] = leaf.certificate();
    System.arraycopy(chain, 0, all, 1, chain.length);
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry("server", leaf.keys().getPrivate(), new char[0], all);
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(store, new char[0]);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(kmf.getKeyManagers(), null, null);
    return context;
  }

  private static String subjectOf(Issued issuer) {
    return X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded())
        .toString()
        .substring(3);
  }

  private static KeyPair keyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      return generator.generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static X509Certificate build(
      String subjectCn,
      KeyPair subjectKeys,
      String issuerCn,
      KeyPair issuerKeys,
      boolean ca,
      List<String> dnsNames,
      Instant notBefore,
      Instant notAfter) {
    try {
      JcaX509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              new X500Name("CN=" + issuerCn),
              BigInteger.valueOf(SERIAL.incrementAndGet()),
              Date.from(notBefore),
              Date.from(notAfter),
              new X500Name("CN=" + subjectCn),
              subjectKeys.getPublic());
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
      builder.addExtension(
          Extension.keyUsage,
          true,
          new KeyUsage(ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature));
      if (!dnsNames.isEmpty()) {
        GeneralName[] names =
            dnsNames.stream()
                .map(n -> new GeneralName(GeneralName.dNSName, n))
                .toArray(GeneralName[]::new);
        builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names));
      }
      return new JcaX509CertificateConverter()
          .getCertificate(
              builder.build(
                  new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKeys.getPrivate())));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
