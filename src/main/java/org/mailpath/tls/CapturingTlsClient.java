package org.mailpath.tls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Vector;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.AlertLevel;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.CertificateRequest;
import org.bouncycastle.tls.CertificateStatusRequest;
import org.bouncycastle.tls.CertificateStatusType;
import org.bouncycastle.tls.DefaultTlsClient;
import org.bouncycastle.tls.DefaultTlsKeyExchangeFactory;
import org.bouncycastle.tls.NameType;
import org.bouncycastle.tls.OCSPStatusRequest;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.SecurityParameters;
import org.bouncycastle.tls.ServerName;
import org.bouncycastle.tls.TlsAuthentication;
import org.bouncycastle.tls.TlsCredentials;
import org.bouncycastle.tls.TlsECDHEKeyExchange;
import org.bouncycastle.tls.TlsKeyExchange;
import org.bouncycastle.tls.TlsKeyExchangeFactory;
import org.bouncycastle.tls.TlsServerCertificate;
import org.bouncycastle.tls.crypto.TlsCrypto;

/**
 * A TLS client that offers exactly the versions it is given and records what the server did: the
 * certificate chain (kept before any check can abort the handshake), alerts both ways, and the
 * negotiated parameters. It authenticates nothing itself; the pki stage judges the chain.
 */
final class CapturingTlsClient extends DefaultTlsClient {

  private final ProtocolVersion[] versions;
  private final String serverName;
  private final int[] cipherSuites;
  private volatile Certificate serverCertificates;
  private volatile String alert;
  private volatile HandshakeLimits.Breach breach;
  private volatile boolean alertFromServer;
  private volatile int ephemeralGroup = -1;
  private volatile boolean ocspStapled;
  private volatile ProtocolVersion serverVersion;

  /**
   * @param cipherSuites the suites to offer, or null for Bouncy Castle's defaults
   */
  CapturingTlsClient(
      TlsCrypto crypto, ProtocolVersion[] versions, String serverName, int[] cipherSuites) {
    super(crypto);
    this.versions = versions.clone();
    this.serverName = serverName;
    this.cipherSuites = cipherSuites == null ? null : cipherSuites.clone();
  }

  @Override
  protected int[] getSupportedCipherSuites() {
    return cipherSuites != null ? cipherSuites.clone() : super.getSupportedCipherSuites();
  }

  @Override
  public int getMaxHandshakeMessageSize() {
    return HandshakeLimits.MAX_HANDSHAKE_MESSAGE_OCTETS;
  }

  @Override
  public int getMaxCertificateChainLength() {
    return HandshakeLimits.MAX_CHAIN_LENGTH;
  }

  @Override
  protected ProtocolVersion[] getSupportedVersions() {
    return versions.clone();
  }

  // RFC 6066 §3: send the host name, so servers with several certificates pick the MX's one.
  @Override
  protected Vector<ServerName> getSNIServerNames() {
    if (serverName == null) {
      return null;
    }
    Vector<ServerName> names = new Vector<>();
    names.add(new ServerName(NameType.host_name, serverName.getBytes(StandardCharsets.US_ASCII)));
    return names;
  }

  @Override
  public TlsAuthentication getAuthentication() {
    return new TlsAuthentication() {
      @Override
      public void notifyServerCertificate(TlsServerCertificate certificate) {
        serverCertificates = certificate.getCertificate();
        ocspStapled = certificate.getCertificateStatus() != null;
      }

      @Override
      public TlsCredentials getClientCredentials(CertificateRequest request) {
        return null;
      }
    };
  }

  @Override
  public void notifyAlertRaised(short level, short description, String message, Throwable cause) {
    if (level == AlertLevel.fatal && alert == null) {
      alert = "mailpath sent alert " + AlertDescription.getText(description);
      breach = HandshakeLimits.of(description, message, cause);
    }
  }

  @Override
  public void notifyAlertReceived(short level, short description) {
    if (level == AlertLevel.fatal || description != AlertDescription.close_notify) {
      if (alert == null) {
        alert = "server sent alert " + AlertDescription.getText(description);
        alertFromServer = true;
      }
    }
  }

  // TLS 1.2 and earlier carry the ECDHE group in ServerKeyExchange (RFC 8422 §5.4), which Bouncy
  // Castle does not expose in the security parameters: read it as the key exchange parses it.
  @Override
  public TlsKeyExchangeFactory getKeyExchangeFactory() {
    return new DefaultTlsKeyExchangeFactory() {
      @Override
      public TlsKeyExchange createECDHEKeyExchangeClient(int keyExchange) {
        return new TlsECDHEKeyExchange(keyExchange) {
          @Override
          public void processServerKeyExchange(InputStream input) throws IOException {
            super.processServerKeyExchange(input);
            ephemeralGroup = ecConfig.getNamedGroup();
          }
        };
      }
    };
  }

  // RFC 6066 §8: ask for a stapled OCSP response, to report whether the server staples.
  @Override
  protected CertificateStatusRequest getCertificateStatusRequest() {
    return new CertificateStatusRequest(
        CertificateStatusType.ocsp, new OCSPStatusRequest(null, null));
  }

  @Override
  public void notifyServerVersion(ProtocolVersion version) throws java.io.IOException {
    super.notifyServerVersion(version);
    serverVersion = version;
  }

  /** The version the server chose in its ServerHello, even if the handshake failed later. */
  ProtocolVersion serverVersion() {
    return serverVersion;
  }

  boolean ocspStapled() {
    return ocspStapled;
  }

  /** The ECDHE group a TLS 1.2-or-earlier server chose, or -1. */
  int ephemeralGroup() {
    return ephemeralGroup;
  }

  Certificate serverCertificates() {
    return serverCertificates;
  }

  String alert() {
    return alert;
  }

  /** The first fatal alert came from the server, not from mailpath. */
  boolean alertFromServer() {
    return alertFromServer;
  }

  /** The bound the server broke, when that is what ended the handshake; else null. */
  HandshakeLimits.Breach breach() {
    return breach;
  }

  SecurityParameters securityParameters() {
    return context == null ? null : context.getSecurityParametersConnection();
  }
}
