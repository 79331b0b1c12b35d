package org.mailpath.tls;

import java.io.IOException;
import java.security.SecureRandom;
import org.bouncycastle.tls.CertificateType;
import org.bouncycastle.tls.crypto.TlsCertificate;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCertificate;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;

/**
 * Bouncy Castle's crypto, except that server certificates are not held to their keyUsage during the
 * handshake. Bouncy Castle aborts an (EC)DHE or TLS 1.3 handshake whose certificate lacks
 * digitalSignature (RFC 8446 §4.4.2.2); OpenSSL-based senders (Postfix) do not, and mailpath must
 * complete the handshake to report on it. The pki stage judges keyUsage and names the clients that
 * would have aborted.
 */
final class LenientTlsCrypto extends BcTlsCrypto {

  LenientTlsCrypto() {
    super(new SecureRandom());
  }

  @Override
  public TlsCertificate createCertificate(short type, byte[] encoding) throws IOException {
    if (type != CertificateType.X509) {
      return super.createCertificate(type, encoding);
    }
    return new BcTlsCertificate(this, encoding) {
      @Override
      protected boolean supportsKeyUsage(int keyUsage) {
        return true;
      }
    };
  }
}
