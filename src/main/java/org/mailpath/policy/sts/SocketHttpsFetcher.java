package org.mailpath.policy.sts;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import org.mailpath.bounds.Deadline;
import org.mailpath.context.Dialer;
import org.mailpath.context.SocketRegistry;
import org.mailpath.pki.ChainChecker;
import org.mailpath.pki.ChainVerdict;
import org.mailpath.pki.TrustStore;
import org.mailpath.text.Faults;

/**
 * HTTPS GET over a JSSE {@link SSLSocket}, not {@code java.net.http.HttpClient} (DESIGN.md names
 * the latter; this is deliberate): HttpClient dials the URL's host and cannot be told to connect to
 * another address while SNI, Host and the certificate check keep the name, which {@code
 * --https-port} and the lab need; and it validates the chain inside the handshake, so a rejected
 * certificate comes back as a bare SSLHandshakeException without the chain, whereas RFC 8460 §4.3.2
 * wants "sts-webpki-invalid" told apart from a fetch error, with the reason. Here the handshake
 * accepts any chain, keeps it, and {@link ChainChecker} judges it (PKIX path, name, dates) before a
 * byte of the request is sent. The request is HTTP/1.0, so the response is framed by Content-Length
 * or by close and never chunked (RFC 9112 §6.1); RFC 8461 asks nothing of the HTTP version.
 */
public final class SocketHttpsFetcher implements HttpsFetcher {

  private final TrustStore trust;
  private final Clock clock;

  private final Dialer dialer;
  private final SocketRegistry sockets;

  public SocketHttpsFetcher(TrustStore trust, Clock clock) {
    this(trust, clock, Dialer.direct(), new SocketRegistry());
  }

  /**
   * @param dialer how the connection leaves this machine (direct or through a proxy)
   * @param sockets told of the socket before it connects, so that a trace that is cancelled or past
   *     its deadline can close it, as it does with its SMTP sockets ("cancel means cancel")
   */
  public SocketHttpsFetcher(TrustStore trust, Clock clock, Dialer dialer, SocketRegistry sockets) {
    this.trust = trust;
    this.clock = clock;
    this.dialer = dialer;
    this.sockets = sockets;
  }

  @Override
  public HttpsExchange get(
      String host, InetSocketAddress connectTo, String path, int maxBodyBytes, Deadline deadline) {
    List<String> evidence = new ArrayList<>();
    Socket raw;
    try {
      raw = dialer.dial(connectTo, deadline, sockets);
    } catch (SocketTimeoutException e) {
      return HttpsExchange.failed(
          HttpsExchange.Failure.TIMEOUT, "connect to " + connectTo + " timed out", null, evidence);
    } catch (IOException e) {
      return HttpsExchange.failed(
          HttpsExchange.Failure.CONNECT,
          "connect to " + connectTo + ": " + Faults.describe(e),
          null,
          evidence);
    }
    try (raw) {
      CapturingTrustManager capture = new CapturingTrustManager();
      SSLSocket tls;
      try {
        tls = layer(raw, host, connectTo.getPort(), capture);
      } catch (IllegalArgumentException e) {
        // SNIHostName refuses names that are not valid host names (RFC 6066 §3).
        return HttpsExchange.failed(
            HttpsExchange.Failure.TLS_HANDSHAKE,
            "\"" + host + "\" cannot be sent as SNI: it is not a valid host name (RFC 6066 §3)",
            null,
            evidence);
      }
      try {
        tls.setSoTimeout(deadline.remainingMillisOrThrow());
        tls.startHandshake();
      } catch (SocketTimeoutException e) {
        return HttpsExchange.failed(
            HttpsExchange.Failure.TIMEOUT,
            "TLS handshake with " + host + " timed out",
            null,
            evidence);
      } catch (IOException e) {
        return HttpsExchange.failed(
            HttpsExchange.Failure.TLS_HANDSHAKE,
            "TLS handshake with " + host + " failed: " + Faults.describe(e),
            null,
            evidence);
      }
      List<X509Certificate> chain = capture.chain();
      if (chain.isEmpty()) {
        return HttpsExchange.failed(
            HttpsExchange.Failure.CERTIFICATE, host + " presented no certificate", null, evidence);
      }
      evidence.add(
          "TLS "
              + tls.getSession().getProtocol()
              + ", leaf "
              + chain.get(0).getSubjectX500Principal().getName());
      ChainVerdict verdict = ChainChecker.check(chain, host, trust, clock.instant());
      String problem = certificateProblem(verdict, host);
      if (problem != null) {
        return HttpsExchange.failed(HttpsExchange.Failure.CERTIFICATE, problem, verdict, evidence);
      }
      return exchange(tls, host, path, maxBodyBytes, deadline, verdict, evidence);
    } catch (IOException e) {
      return HttpsExchange.failed(
          HttpsExchange.Failure.CONNECT,
          "the exchange with " + host + " failed: " + Faults.describe(e),
          null,
          evidence);
    }
  }

  private HttpsExchange exchange(
      SSLSocket tls,
      String host,
      String path,
      int maxBodyBytes,
      Deadline deadline,
      ChainVerdict verdict,
      List<String> evidence) {
    try {
      OutputStream out = tls.getOutputStream();
      String request =
          "GET "
              + path
              + " HTTP/1.0\r\nHost: "
              + host
              + "\r\nAccept: text/plain\r\nConnection: close\r\n\r\n";
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = new DeadlineInputStream(tls, deadline);
      return HttpResponseReader.read(in, maxBodyBytes, verdict, evidence);
    } catch (SocketTimeoutException e) {
      return HttpsExchange.failed(
          HttpsExchange.Failure.TIMEOUT,
          "no complete response from " + host + " before the deadline",
          verdict,
          evidence);
    } catch (IOException e) {
      return HttpsExchange.failed(
          HttpsExchange.Failure.PROTOCOL,
          "reading the response from " + host + ": " + Faults.describe(e),
          verdict,
          evidence);
    }
  }

  /** Null when the chain is valid for {@code host} in the web PKI (RFC 8461 §3.3). */
  static String certificateProblem(ChainVerdict verdict, String host) {
    if (!verdict.pkixTrusted()) {
      return "the certificate of "
          + host
          + " does not chain to a trusted CA: "
          + verdict.pkixProblem();
    }
    if (!verdict.hostnameMatches()) {
      return "the certificate does not name " + host;
    }
    if (!verdict.withinValidity()) {
      return "the certificate of " + host + " is expired or not yet valid";
    }
    return null;
  }

  private static SSLSocket layer(Socket raw, String host, int port, CapturingTrustManager capture)
      throws IOException {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {capture}, null);
      SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(raw, host, port, true);
      SSLParameters parameters = tls.getSSLParameters();
      // RFC 6066 §3: name the host, so a server with several certificates picks the right one.
      parameters.setServerNames(List.of(new SNIHostName(host)));
      tls.setSSLParameters(parameters);
      return tls;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK offers no TLS", e);
    }
  }
}
