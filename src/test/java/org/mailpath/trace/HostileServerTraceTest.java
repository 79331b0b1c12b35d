package org.mailpath.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mailpath.address.TargetParser;
import org.mailpath.finding.Finding;
import org.mailpath.finding.Severity;

/** Broken and hostile servers end in findings within the deadline, never in a hang. */
class HostileServerTraceTest {

  private static final Duration DEADLINE = Duration.ofSeconds(3);

  /** The deadline plus generous slack for a loaded CI machine; a hang would take forever. */
  private static final long WAIT_SECONDS = 20;

  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final TraceEngine engine =
      TraceEngine.builder().executor(executor).clock(Clock.systemUTC()).build();

  @AfterEach
  void stop() {
    executor.shutdownNow();
  }

  private TraceReport trace(int port) throws Exception {
    return engine
        .trace(
            TargetParser.parse("[127.0.0.1]:" + port),
            TraceOptions.builder().timeout(DEADLINE).build(),
            TraceListener.NONE)
        .get(WAIT_SECONDS, TimeUnit.SECONDS);
  }

  private static java.util.List<String> codes(TraceReport report) {
    return report.findings().stream().map(Finding::code).toList();
  }

  @Test
  void trace_tarpitNeverGreets_endsAsTimeoutAtTheDeadline() throws Exception {
    try (HostileServer server = new HostileServer((s, in, out) -> Thread.sleep(60_000))) {
      TraceReport report = trace(server.port());

      assertThat(codes(report)).containsExactly("connection-timeout");
      assertThat(report.cancelled()).isTrue();
    }
  }

  @Test
  void trace_greetingDribbledByteByByte_isCutOffByTheDeadline() throws Exception {
    try (HostileServer server =
        new HostileServer(
            (s, in, out) -> {
              for (int i = 0; i < 10_000; i++) {
                HostileServer.send(out, i == 0 ? "220-" : "x");
                Thread.sleep(100);
              }
            })) {
      TraceReport report = trace(server.port());

      assertThat(codes(report)).containsAnyOf("connection-timeout", "smtp-protocol-error");
      assertThat(report.duration()).isLessThan(DEADLINE.plusSeconds(5));
    }
  }

  @Test
  void trace_garbageGreeting_isProtocolError() throws Exception {
    try (HostileServer server =
        new HostileServer((s, in, out) -> HostileServer.send(out, "SSH-2.0-OpenSSH_9.2\r\n"))) {
      assertThat(codes(trace(server.port()))).containsExactly("smtp-protocol-error");
    }
  }

  @Test
  void trace_endlessReply_isProtocolError() throws Exception {
    try (HostileServer server =
        new HostileServer(
            (s, in, out) -> {
              for (int i = 0; i < 100_000; i++) {
                HostileServer.send(out, "220-still greeting\r\n");
              }
            })) {
      assertThat(codes(trace(server.port()))).containsExactly("smtp-protocol-error");
    }
  }

  @Test
  void trace_temporaryGreeting_isTemporaryFailure() throws Exception {
    try (HostileServer server =
        new HostileServer(
            (s, in, out) -> {
              HostileServer.send(out, "421 4.3.2 try later\r\n");
              HostileServer.readLine(in);
            })) {
      assertThat(codes(trace(server.port()))).containsExactly("smtp-temporary-failure");
    }
  }

  @Test
  void trace_garbageAfterStartTls_isHandshakeFailure() throws Exception {
    try (HostileServer server =
        new HostileServer(
            (s, in, out) -> {
              HostileServer.upToStartTls(in, out);
              HostileServer.send(out, "this is not TLS at all\r\n".repeat(10));
              HostileServer.readLine(in);
            })) {
      assertThat(codes(trace(server.port()))).containsExactly("tls-handshake-failed");
    }
  }

  @Test
  void trace_resetAfterStartTls_isHandshakeFailure() throws Exception {
    try (HostileServer server =
        new HostileServer(
            (s, in, out) -> {
              HostileServer.upToStartTls(in, out);
              s.setSoLinger(true, 0); // close with RST
            })) {
      assertThat(codes(trace(server.port()))).containsExactly("tls-handshake-failed");
    }
  }

  @Test
  void trace_stallAfterStartTls_isInconclusiveTimeoutWithinDeadline() throws Exception {
    try (HostileServer server =
        new HostileServer(
            (s, in, out) -> {
              HostileServer.upToStartTls(in, out);
              Thread.sleep(60_000);
            })) {
      TraceReport report = trace(server.port());

      assertThat(codes(report)).containsExactly("connection-timeout");
      assertThat(report.findings().get(0).severity()).isEqualTo(Severity.INCONCLUSIVE);
      assertThat(report.connections().get(0).tls().failure()).contains("stopped answering");
      assertThat(report.duration()).isLessThan(DEADLINE.plusSeconds(5));
    }
  }

  @Test
  void trace_tenMegabyteHandshakeMessage_isRefusedWithoutReadingIt() throws Exception {
    var completeSends = new java.util.concurrent.atomic.AtomicInteger();
    try (HostileServer server =
        new HostileServer(
            (s, in, out) -> {
              HostileServer.upToStartTls(in, out);
              in.skip(in.available());
              // One TLS handshake record that announces a 10 MiB Certificate message (RFC 8446
              // §4: 1-byte type 11, 3-byte length), then streams filler for as long as it can.
              int length = 10 * 1024 * 1024;
              byte[] header = {
                0x16,
                0x03,
                0x03,
                0x40,
                0x00,
                11,
                (byte) (length >> 16),
                (byte) (length >> 8),
                (byte) length
              };
              out.write(header);
              byte[] filler = new byte[16 * 1024];
              for (long sent = 0; sent < length; sent += filler.length) {
                out.write(filler); // blocks, then fails, once the client stops reading and closes
              }
              out.flush();
              completeSends.incrementAndGet();
            })) {
      TraceReport report = trace(server.port());

      assertThat(codes(report)).containsExactly("tls-certificate-message-too-large");
      assertThat(report.duration()).isLessThan(DEADLINE.plusSeconds(5));
      Thread.sleep(200); // let the server threads notice the closed sockets
      assertThat(completeSends.get()).as("sessions that swallowed all 10 MiB").isZero();
    }
  }

  @Test
  void trace_alertInsteadOfServerHello_isHandshakeFailureNamingTheAlert() throws Exception {
    try (HostileServer server =
        new HostileServer(
            (s, in, out) -> {
              HostileServer.upToStartTls(in, out);
              // RFC 8446 §6: a fatal (2) handshake_failure (40) alert.
              out.write(new byte[] {0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 40});
              out.flush();
              HostileServer.readLine(in);
            })) {
      TraceReport report = trace(server.port());

      assertThat(codes(report)).containsExactly("tls-handshake-failed");
      assertThat(report.connections().get(0).tls().failure()).contains("handshake_failure");
    }
  }

  @Test
  void trace_nothingListening_isConnectionRefused() throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    assertThat(codes(trace(port))).containsExactly("connection-refused");
  }

  @Test
  void cancel_closesTheConnection() throws Exception {
    var closed = new java.util.concurrent.CountDownLatch(1);
    try (HostileServer server =
        new HostileServer(
            (s, in, out) -> {
              try {
                while (in.read() >= 0) {
                  // wait for the client to go away
                }
              } catch (IOException e) {
                // reset counts as gone
              }
              closed.countDown();
            })) {
      var future =
          engine.trace(
              TargetParser.parse("[127.0.0.1]:" + server.port()),
              TraceOptions.builder().timeout(Duration.ofSeconds(60)).build(),
              TraceListener.NONE);
      Thread.sleep(500);
      future.cancel(true);

      assertThat(closed.await(10, TimeUnit.SECONDS)).isTrue();
    }
  }
}
