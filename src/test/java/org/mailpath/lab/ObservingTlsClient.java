package org.mailpath.lab;

import java.io.IOException;
import org.bouncycastle.tls.DefaultTlsClient;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.SecurityParameters;
import org.bouncycastle.tls.ServerOnlyTlsAuthentication;
import org.bouncycastle.tls.TlsAuthentication;
import org.bouncycastle.tls.TlsServerCertificate;
import org.bouncycastle.tls.crypto.TlsCertificate;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;

/**
 * A Bouncy Castle client that offers chosen versions (and optionally chosen suites), accepts any
 * server certificate, and remembers what was negotiated, as mailpath's engine does.
 */
final class ObservingTlsClient extends DefaultTlsClient {

  private final ProtocolVersion[] versions;
  private final int[] cipherSuites;
  private TlsCertificate[] serverChain = new TlsCertificate[0];

  ObservingTlsClient(ProtocolVersion[] versions) {
    this(versions, null);
  }

  /** {@code cipherSuites} null means Bouncy Castle's defaults. */
  ObservingTlsClient(ProtocolVersion[] versions, int[] cipherSuites) {
    super(new BcTlsCrypto());
    this.versions = versions;
    this.cipherSuites = cipherSuites;
  }

  @Override
  protected ProtocolVersion[] getSupportedVersions() {
    return versions;
  }

  @Override
  protected int[] getSupportedCipherSuites() {
    return cipherSuites != null ? cipherSuites : super.getSupportedCipherSuites();
  }

  @Override
  public TlsAuthentication getAuthentication() {
    return new ServerOnlyTlsAuthentication() {
      @Override
      public void notifyServerCertificate(TlsServerCertificate certificate) {
        serverChain = certificate.getCertificate().getCertificateList();
      }
    };
  }

  SecurityParameters negotiated() {
    return context.getSecurityParametersConnection();
  }

  TlsCertificate[] serverChain() {
    return serverChain.clone();
  }

  /** Throws when the handshake has not completed. */
  ProtocolVersion negotiatedVersion() throws IOException {
    SecurityParameters parameters = negotiated();
    if (parameters == null) {
      throw new IOException("no handshake completed");
    }
    return parameters.getNegotiatedVersion();
  }
}
