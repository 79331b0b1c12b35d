package org.mailpath.trace;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.CertificateEntry;
import org.bouncycastle.tls.CipherSuite;
import org.bouncycastle.tls.DefaultTlsServer;
import org.bouncycastle.tls.HashAlgorithm;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.SignatureAlgorithm;
import org.bouncycastle.tls.SignatureAndHashAlgorithm;
import org.bouncycastle.tls.TlsCredentials;
import org.bouncycastle.tls.TlsServerProtocol;
import org.bouncycastle.tls.TlsUtils;
import org.bouncycastle.tls.crypto.TlsCertificate;
import org.bouncycastle.tls.crypto.TlsCryptoParameters;
import org.bouncycastle.tls.crypto.impl.bc.BcDefaultTlsCredentialedSigner;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCertificate;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;

/**
 * The TLS side of a hostile loopback server: a real Bouncy Castle TLS 1.2/1.3 server, after SMTP
 * and STARTTLS, whose Certificate message is whatever the test makes it (a 5 MB certificate, 200
 * certificates). Its signature is genuine, so a client that reads everything would finish.
 */
public final class HostileTlsPeer {

  private static final ASN1ObjectIdentifier PADDING_EXTENSION =
      new ASN1ObjectIdentifier("1.3.6.1.4.1.55555.1");

  private final KeyPair keys = ecKeys();
  private final List<X509Certificate> chain;

  private HostileTlsPeer(int paddingBytes, int copies) {
    X509Certificate leaf = certificate(keys, paddingBytes);
    chain = new ArrayList<>(Collections.nCopies(copies, leaf));
  }

  /** One certificate whose encoding is padded to at least {@code bytes} octets. */
  public static HostileTlsPeer oneCertificateOf(int bytes) {
    return new HostileTlsPeer(bytes, 1);
  }

  /** The same small certificate sent {@code length} times in one chain. */
  public static HostileTlsPeer chainOf(int length) {
    return new HostileTlsPeer(0, length);
  }

  /** Greets, offers and grants STARTTLS, then serves one handshake with this peer's chain. */
  HostileServer.Behaviour afterStartTls() {
    return (socket, in, out) -> {
      HostileServer.upToStartTls(in, out);
      handshake(in, out);
    };
  }

  public void handshake(InputStream in, OutputStream out) throws IOException {
    TlsServerProtocol protocol = new TlsServerProtocol(in, out);
    protocol.accept(new Server(new BcTlsCrypto()));
    // A client that got this far says EHLO again and QUIT (RFC 3207 §4.2).
    HostileServer.readLine(protocol.getInputStream());
    HostileServer.send(protocol.getOutputStream(), "250 hostile.invalid\r\n");
    HostileServer.readLine(protocol.getInputStream());
    HostileServer.send(protocol.getOutputStream(), "221 bye\r\n");
    protocol.close();
  }

  private final class Server extends DefaultTlsServer {
    private final BcTlsCrypto crypto;

    Server(BcTlsCrypto crypto) {
      super(crypto);
      this.crypto = crypto;
    }

    @Override
    protected ProtocolVersion[] getSupportedVersions() {
      return ProtocolVersion.TLSv13.downTo(ProtocolVersion.TLSv12);
    }

    /** The key is EC: ECDHE_ECDSA suites for TLS 1.2, and TLS 1.3's own. */
    @Override
    protected int[] getSupportedCipherSuites() {
      return TlsUtils.getSupportedCipherSuites(
          crypto,
          new int[] {
            CipherSuite.TLS_AES_128_GCM_SHA256,
            CipherSuite.TLS_CHACHA20_POLY1305_SHA256,
            CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
            CipherSuite.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256
          });
    }

    @Override
    public TlsCredentials getCredentials() throws IOException {
      boolean tls13 = TlsUtils.isTLSv13(context);
      TlsCertificate[] certificates = new TlsCertificate[chain.size()];
      CertificateEntry[] entries = new CertificateEntry[chain.size()];
      for (int i = 0; i < chain.size(); i++) {
        try {
          certificates[i] = new BcTlsCertificate(crypto, chain.get(i).getEncoded());
        } catch (java.security.cert.CertificateEncodingException e) {
          throw new IOException(e);
        }
        entries[i] = new CertificateEntry(certificates[i], null);
      }
      // RFC 8446 §4.4.2: TLS 1.3 entries carry extensions and an empty request context.
      Certificate message =
          tls13 ? new Certificate(new byte[0], entries) : new Certificate(certificates);
      return new BcDefaultTlsCredentialedSigner(
          new TlsCryptoParameters(context),
          crypto,
          PrivateKeyFactory.createKey(keys.getPrivate().getEncoded()),
          message,
          SignatureAndHashAlgorithm.getInstance(HashAlgorithm.sha256, SignatureAlgorithm.ecdsa));
    }
  }

  private static X509Certificate certificate(KeyPair keys, int paddingBytes) {
    try {
      Instant now = Instant.now();
      JcaX509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              new X500Name("CN=hostile.invalid"),
              BigInteger.valueOf(now.toEpochMilli()),
              Date.from(now.minus(Duration.ofDays(1))),
              Date.from(now.plus(Duration.ofDays(30))),
              new X500Name("CN=hostile.invalid"),
              keys.getPublic());
      builder.addExtension(
          Extension.subjectAlternativeName,
          false,
          new GeneralNames(new GeneralName(GeneralName.dNSName, "hostile.invalid")));
      if (paddingBytes > 0) {
        builder.addExtension(PADDING_EXTENSION, false, new DEROctetString(new byte[paddingBytes]));
      }
      return new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter()
          .getCertificate(
              builder.build(
                  new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static KeyPair ecKeys() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      return generator.generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
