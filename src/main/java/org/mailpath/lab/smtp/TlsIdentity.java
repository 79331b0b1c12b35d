package org.mailpath.lab.smtp;

import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.List;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.CertificateEntry;
import org.bouncycastle.tls.crypto.TlsCertificate;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCertificate;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;
import org.mailpath.lab.pki.KeyKind;
import org.mailpath.lab.pki.ServerCredentials;

/**
 * A lab server's certificate chain and private key in Bouncy Castle's low-level TLS types,
 * converted once per host rather than once per handshake.
 *
 * @param chainTls12 the chain as a TLS 1.0–1.2 Certificate message carries it (RFC 5246 §7.4.2)
 * @param chainTls13 the same chain as TLS 1.3 carries it: entries with (empty) extensions and an
 *     empty certificate_request_context (RFC 8446 §4.4.2)
 * @param privateKey the leaf's private key
 * @param keyKind which signature algorithms the key can make
 */
public record TlsIdentity(
    Certificate chainTls12,
    Certificate chainTls13,
    AsymmetricKeyParameter privateKey,
    KeyKind keyKind) {

  /** RFC 8446 §4.4.2: a server's Certificate message has an empty request context. */
  private static final byte[] SERVER_REQUEST_CONTEXT = new byte[0];

  public static TlsIdentity of(ServerCredentials credentials, BcTlsCrypto crypto) {
    try {
      List<X509Certificate> certificates = credentials.chain();
      TlsCertificate[] tlsCertificates = new TlsCertificate[certificates.size()];
      CertificateEntry[] entries = new CertificateEntry[certificates.size()];
      for (int i = 0; i < certificates.size(); i++) {
        tlsCertificates[i] = new BcTlsCertificate(crypto, certificates.get(i).getEncoded());
        entries[i] = new CertificateEntry(tlsCertificates[i], null);
      }
      return new TlsIdentity(
          new Certificate(tlsCertificates),
          new Certificate(SERVER_REQUEST_CONTEXT, entries),
          PrivateKeyFactory.createKey(credentials.privateKey().getEncoded()),
          credentials.keyKind());
    } catch (IOException | CertificateEncodingException e) {
      throw new IllegalStateException("cannot convert lab credentials for Bouncy Castle TLS", e);
    }
  }

  Certificate chainFor(boolean tls13) {
    return tls13 ? chainTls13 : chainTls12;
  }
}
