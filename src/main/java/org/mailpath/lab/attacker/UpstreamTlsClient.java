package org.mailpath.lab.attacker;

import org.bouncycastle.tls.DefaultTlsClient;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.ServerOnlyTlsAuthentication;
import org.bouncycastle.tls.TlsAuthentication;
import org.bouncycastle.tls.TlsServerCertificate;
import org.bouncycastle.tls.crypto.TlsCrypto;

/**
 * The attacker's TLS client toward the real MX host. It accepts any certificate: the attacker wants
 * the plain text, not assurance about the server (and the sender never sees this session).
 */
final class UpstreamTlsClient extends DefaultTlsClient {

  UpstreamTlsClient(TlsCrypto crypto) {
    super(crypto);
  }

  /**
   * Whatever the real host speaks, down to TLS 1.0: the attacker needs a session, not a good one.
   */
  @Override
  protected ProtocolVersion[] getSupportedVersions() {
    return ProtocolVersion.TLSv13.downTo(ProtocolVersion.TLSv10);
  }

  @Override
  public TlsAuthentication getAuthentication() {
    return new ServerOnlyTlsAuthentication() {
      @Override
      public void notifyServerCertificate(TlsServerCertificate serverCertificate) {
        // accepted unseen: see the class comment
      }
    };
  }
}
