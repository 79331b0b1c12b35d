package org.mailpath.policy.sts;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mailpath.bounds.Deadline;
import org.mailpath.context.Dialer;
import org.mailpath.context.SocketRegistry;
import org.mailpath.pki.TrustStore;
import org.mailpath.policy.TestCertificates;
import org.mailpath.policy.TestCertificates.Issued;
import org.mailpath.policy.sts.StsFetchResult.Outcome;
import org.mailpath.text.HiddenCharacters;

/** The policy fetch against real HTTPS servers on loopback, each misbehaving in one way. */
class StsPolicyFetcherTest {

  private static final String DOMAIN = "good.mail.test";
  private static final String POLICY =
      "version: STSv1\r\nmode: enforce\r\nmx: mx1.good.mail.test\r\nmax_age: 86400\r\n";
  private static final Issued LAB_CA = TestCertificates.ca("mailpath test CA");
  private static final Issued POLICY_HOST = TestCertificates.leaf(LAB_CA, "mta-sts." + DOMAIN);
  private static final TrustStore TRUST = TrustStore.withExtra(List.of(LAB_CA.certificate()));

  private final HttpsFetcher https = new SocketHttpsFetcher(TRUST, Clock.systemUTC());
  private final StsPolicyFetcher fetcher = new StsPolicyFetcher(https);

  @Test
  void fetch_goodPolicy_ok() throws Exception {
    try (PolicyServer server =
        new PolicyServer(context(POLICY_HOST), respond(200, "text/plain", POLICY))) {
      StsFetchResult result = fetch(server.address());

      assertThat(result.outcome()).isEqualTo(Outcome.OK);
      assertThat(result.policy().mode()).isEqualTo(StsMode.ENFORCE);
      assertThat(result.policy().mxPatterns()).containsExactly("mx1.good.mail.test");
      assertThat(result.url()).isEqualTo("https://mta-sts.good.mail.test/.well-known/mta-sts.txt");
      assertThat(result.verdict().pkixTrusted()).isTrue();
    }
  }

  @Test
  void fetch_textPlainWithCharset_ok() throws Exception {
    try (PolicyServer server =
        new PolicyServer(context(POLICY_HOST), respond(200, "text/plain; charset=utf-8", POLICY))) {
      assertThat(fetch(server.address()).outcome()).isEqualTo(Outcome.OK);
    }
  }

  @Test
  void fetch_requestPathAndHost_asRfc8461Section33() throws Exception {
    StringBuilder seen = new StringBuilder();
    HttpHandler recording =
        exchange -> {
          seen.append(exchange.getRequestURI().getPath())
              .append(' ')
              .append(exchange.getRequestHeaders().getFirst("Host"));
          respond(200, "text/plain", POLICY).handle(exchange);
        };
    try (PolicyServer server = new PolicyServer(context(POLICY_HOST), recording)) {
      fetch(server.address());
    }
    assertThat(seen.toString()).isEqualTo("/.well-known/mta-sts.txt mta-sts.good.mail.test");
  }

  @Test
  void fetch_redirect_fetchErrorAndNotFollowed() throws Exception {
    AtomicInteger requests = new AtomicInteger();
    HttpHandler redirect =
        exchange -> {
          requests.incrementAndGet();
          exchange
              .getResponseHeaders()
              .add("Location", "https://mta-sts.good.mail.test/elsewhere.txt");
          exchange.sendResponseHeaders(302, -1);
          exchange.close();
        };
    try (PolicyServer server = new PolicyServer(context(POLICY_HOST), redirect)) {
      StsFetchResult result = fetch(server.address());

      assertThat(result.outcome()).isEqualTo(Outcome.FETCH_ERROR);
      assertThat(result.outcome().findingCode().code()).isEqualTo("sts-policy-fetch-error");
      assertThat(result.detail()).contains("302").contains("not followed");
      assertThat(requests).hasValue(1);
    }
  }

  @Test
  void fetch_textHtml_fetchError() throws Exception {
    try (PolicyServer server =
        new PolicyServer(context(POLICY_HOST), respond(200, "text/html", POLICY))) {
      StsFetchResult result = fetch(server.address());

      assertThat(result.outcome()).isEqualTo(Outcome.FETCH_ERROR);
      assertThat(result.detail()).contains("text/html");
    }
  }

  @Test
  void fetch_notFound_fetchError() throws Exception {
    try (PolicyServer server =
        new PolicyServer(context(POLICY_HOST), respond(404, "text/plain", "not here"))) {
      StsFetchResult result = fetch(server.address());

      assertThat(result.outcome()).isEqualTo(Outcome.FETCH_ERROR);
      assertThat(result.detail()).contains("HTTP 404");
    }
  }

  @Test
  void fetch_malformedPolicy_policyInvalid() throws Exception {
    try (PolicyServer server =
        new PolicyServer(
            context(POLICY_HOST), respond(200, "text/plain", "version: STSv1\nmode: enforce\n"))) {
      StsFetchResult result = fetch(server.address());

      assertThat(result.outcome()).isEqualTo(Outcome.POLICY_INVALID);
      assertThat(result.outcome().findingCode().code()).isEqualTo("sts-policy-invalid");
    }
  }

  @Test
  void get_tenMegabyteBody_stopsReadingAtBound() throws Exception {
    AtomicLong written = new AtomicLong();
    try (PolicyServer server = new PolicyServer(context(POLICY_HOST), endless(written))) {
      HttpsExchange exchange =
          https.get(
              "mta-sts." + DOMAIN,
              server.address(),
              StsPolicyFetcher.PATH,
              StsPolicyFetcher.MAX_POLICY_BYTES,
              Deadline.after(Duration.ofSeconds(10)));

      assertThat(exchange.bodyTruncated()).isTrue();
      assertThat(exchange.body()).hasSize(StsPolicyFetcher.MAX_POLICY_BYTES);
    }
    assertThat(written.get()).isLessThan(10L * 1024 * 1024);
  }

  @Test
  void fetch_tenMegabyteBody_fetchError() throws Exception {
    try (PolicyServer server = new PolicyServer(context(POLICY_HOST), endless(new AtomicLong()))) {
      StsFetchResult result = fetch(server.address());

      assertThat(result.outcome()).isEqualTo(Outcome.FETCH_ERROR);
      assertThat(result.detail()).contains("longer than 65536 bytes");
    }
  }

  @Test
  void fetch_announcedLengthAboveBound_fetchErrorWithoutReading() throws Exception {
    HttpHandler huge =
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", "text/plain");
          exchange.sendResponseHeaders(200, 10L * 1024 * 1024);
          exchange.close();
        };
    try (PolicyServer server = new PolicyServer(context(POLICY_HOST), huge)) {
      assertThat(fetch(server.address()).detail()).contains("longer than");
    }
  }

  @Test
  void fetch_serverNeverAnswers_fetchErrorAtDeadline() throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Thread acceptor =
          new Thread(
              () -> {
                try (Socket ignored = silent.accept()) {
                  Thread.sleep(10_000);
                } catch (IOException | InterruptedException e) {
                  // the test is over
                }
              });
      acceptor.setDaemon(true);
      acceptor.start();
      long start = System.nanoTime();

      StsFetchResult result =
          fetcher.fetch(
              DOMAIN,
              new InetSocketAddress(InetAddress.getLoopbackAddress(), silent.getLocalPort()),
              Deadline.after(Duration.ofMillis(500)));

      assertThat(result.outcome()).isEqualTo(Outcome.FETCH_ERROR);
      assertThat(result.detail()).contains("timed out");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
      acceptor.interrupt();
    }
  }

  @Test
  void fetch_serverTricklesBody_fetchErrorAtDeadline() throws Exception {
    try (ScriptedServer server =
        new ScriptedServer(
            context(POLICY_HOST),
            ascii("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\n"),
            true)) {
      long start = System.nanoTime();

      StsFetchResult result =
          fetcher.fetch(DOMAIN, server.address(), Deadline.after(Duration.ofMillis(800)));

      assertThat(result.outcome()).isEqualTo(Outcome.FETCH_ERROR);
      assertThat(result.detail()).contains("before the deadline");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          chunked answer to HTTP/1.0 | HTTP/1.1 200 OK\\r\\nContent-Type: text/plain\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\n5\\r\\nhello\\r\\n0\\r\\n\\r\\n | Transfer-Encoding
          not HTTP                   | SSH-2.0-OpenSSH_9.2\\r\\n\\r\\n                                                                    | not an HTTP status line
          header never ends          | HTTP/1.0 200 OK\\r\\nContent-Type: text/plain\\r\\n                                                  | ends early
          bad Content-Length         | HTTP/1.0 200 OK\\r\\nContent-Length: lots\\r\\n\\r\\n                                                  | malformed Content-Length
          """)
  void fetch_malformedHttp_fetchError(String name, String response, String detail)
      throws Exception {
    try (ScriptedServer server =
        new ScriptedServer(
            context(POLICY_HOST), ascii(response.replace("\\r\\n", "\r\n")), false)) {
      StsFetchResult result = fetch(server.address());

      assertThat(result.outcome()).isEqualTo(Outcome.FETCH_ERROR);
      assertThat(result.detail()).contains(detail);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          status line and header | HTTP/1.0 404 \\u001b[2JGone\\u202e\\r\\nContent-Type: text/\\u009bplain\\r\\n\\r\\n          | \\x1b[2JGone
          policy body            | HTTP/1.0 200 OK\\r\\nContent-Type: text/plain\\r\\n\\r\\nversion: STSv1\\r\\nmode: \\u001b[31menforce\\u202e\\r\\n | \\x1b[31menforce
          """)
  void fetch_controlsFromTheServer_areEscapedInTheResult(String name, String response, String shown)
      throws Exception {
    String wire = unescape(response);
    try (ScriptedServer server =
        new ScriptedServer(context(POLICY_HOST), wire.getBytes(StandardCharsets.UTF_8), false)) {
      StsFetchResult result = fetch(server.address());

      String all = result.detail() + "\n" + String.join("\n", result.evidence());
      assertThat(result.outcome()).isNotEqualTo(Outcome.OK);
      HiddenCharacters.assertNone(all);
      assertThat(all).contains(shown);
    }
  }

  /** The \\r, \\n and \\uXXXX escapes of a table cell as the characters they name. */
  private static String unescape(String cell) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == '\\' && cell.startsWith("u", i + 1)) {
        out.append((char) Integer.parseInt(cell.substring(i + 2, i + 6), 16));
        i += 5;
      } else if (c == '\\' && cell.startsWith("r", i + 1)) {
        out.append('\r');
        i++;
      } else if (c == '\\' && cell.startsWith("n", i + 1)) {
        out.append('\n');
        i++;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  @Test
  void fetch_headerBeyondBound_fetchError() throws Exception {
    String huge =
        "HTTP/1.0 200 OK\r\nX-Filler: "
            + "a".repeat(HttpResponseReader.MAX_HEADER_BYTES)
            + "\r\n\r\n";
    try (ScriptedServer server = new ScriptedServer(context(POLICY_HOST), ascii(huge), false)) {
      assertThat(fetch(server.address()).detail()).contains("longer than 16384 bytes");
    }
  }

  @Test
  void fetch_socketClosedByRegistryHolder_endsAtOnce() throws Exception {
    SocketRegistry registered = new SocketRegistry();
    StsPolicyFetcher cancellable =
        new StsPolicyFetcher(
            new SocketHttpsFetcher(TRUST, Clock.systemUTC(), Dialer.direct(), registered));
    byte[] head = ascii("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\n");
    try (ScriptedServer server = new ScriptedServer(context(POLICY_HOST), head, true)) {
      Thread canceller =
          new Thread(
              () -> {
                try {
                  Thread.sleep(300);
                  registered.closeAll();
                } catch (InterruptedException e) {
                  // the test fails on the assertions below
                }
              });
      canceller.start();
      long start = System.nanoTime();

      StsFetchResult result =
          cancellable.fetch(DOMAIN, server.address(), Deadline.after(Duration.ofSeconds(20)));

      assertThat(result.outcome()).isEqualTo(Outcome.FETCH_ERROR);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
      canceller.join();
    }
  }

  @Test
  void fetch_nothingListening_fetchError() throws Exception {
    int port;
    try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = closed.getLocalPort();
    }
    StsFetchResult result =
        fetcher.fetch(
            DOMAIN,
            new InetSocketAddress(InetAddress.getLoopbackAddress(), port),
            Deadline.after(Duration.ofSeconds(5)));

    assertThat(result.outcome()).isEqualTo(Outcome.FETCH_ERROR);
    assertThat(result.detail()).startsWith("connect to");
  }

  @Test
  void fetch_certificateForWrongName_webpkiInvalid() throws Exception {
    Issued wrong = TestCertificates.leaf(LAB_CA, "www.good.mail.test");
    AtomicInteger requests = new AtomicInteger();
    HttpHandler counting =
        exchange -> {
          requests.incrementAndGet();
          respond(200, "text/plain", POLICY).handle(exchange);
        };
    try (PolicyServer server = new PolicyServer(context(wrong), counting)) {
      StsFetchResult result = fetch(server.address());

      assertThat(result.outcome()).isEqualTo(Outcome.WEBPKI_INVALID);
      assertThat(result.outcome().findingCode().code()).isEqualTo("sts-webpki-invalid");
      assertThat(result.detail()).contains("does not name mta-sts.good.mail.test");
      assertThat(requests).as("no request is sent to a host that failed the check").hasValue(0);
    }
  }

  @Test
  void fetch_selfSignedCertificate_webpkiInvalid() throws Exception {
    Issued selfSigned = TestCertificates.selfSigned("mta-sts." + DOMAIN);
    try (PolicyServer server =
        new PolicyServer(
            TestCertificates.serverContext(selfSigned), respond(200, "text/plain", POLICY))) {
      StsFetchResult result = fetch(server.address());

      assertThat(result.outcome()).isEqualTo(Outcome.WEBPKI_INVALID);
      assertThat(result.detail()).contains("does not chain to a trusted CA");
    }
  }

  @Test
  void fetch_expiredCertificate_webpkiInvalid() throws Exception {
    Issued expired =
        TestCertificates.leaf(
            LAB_CA,
            TestCertificates.NOW.minus(Duration.ofDays(30)),
            TestCertificates.NOW.minus(Duration.ofDays(1)),
            "mta-sts." + DOMAIN);
    try (PolicyServer server =
        new PolicyServer(context(expired), respond(200, "text/plain", POLICY))) {
      StsFetchResult result = fetch(server.address());

      assertThat(result.outcome()).isEqualTo(Outcome.WEBPKI_INVALID);
      assertThat(result.detail()).contains("expired");
    }
  }

  private StsFetchResult fetch(InetSocketAddress address) {
    return fetcher.fetch(DOMAIN, address, Deadline.after(Duration.ofSeconds(10)));
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static SSLContext context(Issued leaf) throws Exception {
    return TestCertificates.serverContext(leaf, LAB_CA.certificate());
  }

  private static HttpHandler respond(int status, String contentType, String body) {
    return exchange -> {
      byte[] bytes = body.getBytes(StandardCharsets.US_ASCII);
      exchange.getResponseHeaders().add("Content-Type", contentType);
      exchange.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    };
  }

  /** Ten megabytes of policy-looking text, without a Content-Length. */
  private static HttpHandler endless(AtomicLong written) {
    return (HttpExchange exchange) -> {
      exchange.getResponseHeaders().add("Content-Type", "text/plain");
      exchange.sendResponseHeaders(200, 0);
      byte[] line = "mx: filler.good.mail.test\n".repeat(40).getBytes(StandardCharsets.US_ASCII);
      try (OutputStream out = exchange.getResponseBody()) {
        while (written.get() < 10L * 1024 * 1024) {
          out.write(line);
          written.addAndGet(line.length);
        }
      } catch (IOException e) {
        // the client stopped reading at its bound and closed the connection
      }
    };
  }
}
