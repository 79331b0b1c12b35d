package org.mailpath.tls;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.SecurityParameters;
import org.bouncycastle.tls.TlsClientProtocol;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.TlsFatalAlertReceived;
import org.mailpath.pki.Certificates;
import org.mailpath.text.Faults;

/**
 * One TLS client handshake with Bouncy Castle's TLS API over an existing connection, offering
 * exactly the given versions. Its outcome is a {@link Result}, whether the handshake worked or not.
 */
public final class TlsHandshake {

  private TlsHandshake() {}

  static final String TIMEOUT = "the server stopped answering during the handshake (timeout)";

  /**
   * What the handshake showed.
   *
   * @param protocol the established session's protocol, or null when it failed
   * @param version negotiated version name
   * @param cipherSuite negotiated suite name
   * @param group negotiated key-exchange group
   * @param extendedMasterSecret "yes", "no", or "n/a" (TLS 1.3)
   * @param failure what ended the handshake, or null
   * @param chain the server's certificates as sent (possibly empty)
   * @param ocspStapled the server stapled an OCSP response (RFC 6066 §8)
   * @param serverVersion the version of the server's ServerHello, even when mailpath then aborted
   * @param breach the bound on what a server may send that ended the handshake, or null
   * @param timedOut the server stopped answering before the handshake was over
   */
  public record Result(
      TlsClientProtocol protocol,
      String version,
      String cipherSuite,
      String group,
      String extendedMasterSecret,
      String failure,
      List<X509Certificate> chain,
      boolean ocspStapled,
      String serverVersion,
      HandshakeLimits.Breach breach,
      boolean timedOut) {

    public boolean established() {
      return protocol != null;
    }

    /** This failed handshake, as one the server let run out of time. */
    Result asTimedOut() {
      return new Result(
          null, null, null, null, null, TIMEOUT, chain, false, serverVersion, breach, true);
    }

    /** A handshake that never got under way, or broke with {@code failure}. */
    public static Result failed(String failure) {
      return new Result(null, null, null, null, null, failure, List.of(), false, null, null, false);
    }
  }

  /** "TLSv1.0-TLSv1.3" or "TLSv1.2" for the versions offered. */
  public static String describe(ProtocolVersion[] offered) {
    String highest = TlsNames.version(ProtocolVersion.getLatestTLS(offered));
    String lowest = TlsNames.version(ProtocolVersion.getEarliestTLS(offered));
    return highest.equals(lowest) ? highest : lowest + "-" + highest;
  }

  public static Result run(
      InputStream in, OutputStream out, ProtocolVersion[] offered, String serverName) {
    return run(in, out, offered, serverName, null);
  }

  /**
   * As {@link #run(InputStream, OutputStream, ProtocolVersion[], String)}, offering only {@code
   * suites}.
   */
  public static Result run(
      InputStream in,
      OutputStream out,
      ProtocolVersion[] offered,
      String serverName,
      int[] suites) {
    CapturingTlsClient client =
        new CapturingTlsClient(new LenientTlsCrypto(), offered, serverName, suites);
    TlsClientProtocol protocol = new TlsClientProtocol(in, out);
    String failure = null;
    boolean timedOut = false;
    try {
      protocol.connect(client);
    } catch (IOException | RuntimeException e) {
      timedOut = e instanceof SocketTimeoutException;
      failure = describeFailure(e, client);
      try {
        protocol.close();
      } catch (IOException ignored) {
        // The handshake already failed; closing is best effort.
      }
    }
    List<X509Certificate> chain = new ArrayList<>();
    String chainProblem = capture(client.serverCertificates(), chain);
    if (failure == null && chainProblem != null) {
      failure = chainProblem;
    }
    if (failure != null) {
      return new Result(
          null,
          null,
          null,
          null,
          null,
          failure,
          chain,
          false,
          TlsNames.version(client.serverVersion()),
          client.breach(),
          timedOut);
    }
    SecurityParameters params = client.securityParameters();
    ProtocolVersion version = params.getNegotiatedVersion();
    String ems =
        ProtocolVersion.TLSv13.isEqualOrEarlierVersionOf(version)
            ? "n/a" // RFC 8446 §7.1: the TLS 1.3 key schedule always binds the handshake
            : params.isExtendedMasterSecret() ? "yes" : "no";
    return new Result(
        protocol,
        TlsNames.version(version),
        TlsNames.cipherSuite(params.getCipherSuite()),
        TlsNames.group(
            params.getNegotiatedGroup() >= 0
                ? params.getNegotiatedGroup()
                : client.ephemeralGroup()),
        ems,
        null,
        chain,
        client.ocspStapled(),
        TlsNames.version(version),
        null,
        false);
  }

  private static String capture(Certificate certificates, List<X509Certificate> into) {
    if (certificates == null) {
      return null;
    }
    int length = certificates.getLength();
    for (int i = 0; i < Math.min(length, HandshakeLimits.MAX_CHAIN_LENGTH); i++) {
      try {
        into.add(Certificates.fromDer(certificates.getCertificateAt(i).getEncoded()));
      } catch (CertificateException | IOException e) {
        return "certificate " + i + " of the chain cannot be parsed: " + Faults.describe(e);
      }
    }
    return null;
  }

  private static String describeFailure(Exception e, CapturingTlsClient client) {
    if (client.breach() != null) {
      return client.breach().summary();
    }
    String alert = client.alert();
    if (e instanceof TlsFatalAlertReceived || e instanceof TlsFatalAlert) {
      return alert != null ? alert : Faults.describe(e);
    }
    if (e instanceof SocketTimeoutException) {
      return TIMEOUT;
    }
    // A read that failed (reset, closed) makes Bouncy Castle send internal_error itself: that
    // alert is an echo of the failure, not news; one the server sent is.
    String message = Faults.describe(e);
    return (alert != null && client.alertFromServer() ? alert + "; " : "") + message;
  }
}
