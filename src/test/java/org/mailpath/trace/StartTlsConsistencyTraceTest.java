package org.mailpath.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mailpath.address.TargetParser;
import org.mailpath.finding.Finding;

/** RFC 3207 §6: STARTTLS offered on the first connection but lost on later ones is reported. */
class StartTlsConsistencyTraceTest {

  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final TraceEngine engine =
      TraceEngine.builder().executor(executor).clock(Clock.systemUTC()).build();

  @AfterEach
  void stop() {
    executor.shutdownNow();
  }

  private List<String> codes(HostileServer server) throws Exception {
    TraceReport report =
        engine
            .trace(
                TargetParser.parse("[127.0.0.1]:" + server.port()),
                TraceOptions.builder().timeout(Duration.ofSeconds(8)).build(),
                TraceListener.NONE)
            .get(30, TimeUnit.SECONDS);
    return report.findings().stream().map(Finding::code).toList();
  }

  /** The first connection is offered STARTTLS (then gets no TLS); later ones get {@code later}. */
  private static HostileServer firstOnly(String laterEhlo, String laterStarttls)
      throws IOException {
    AtomicInteger connections = new AtomicInteger();
    return new HostileServer(
        (s, in, out) -> {
          if (connections.getAndIncrement() == 0) {
            HostileServer.upToStartTls(in, out);
            HostileServer.send(out, "not TLS\r\n");
            return;
          }
          HostileServer.send(out, "220 hostile.invalid ESMTP\r\n");
          HostileServer.readLine(in);
          HostileServer.send(out, laterEhlo);
          String next = HostileServer.readLine(in);
          if (next.startsWith("STARTTLS")) {
            HostileServer.send(out, laterStarttls);
            HostileServer.readLine(in);
          }
          HostileServer.send(out, "221 bye\r\n");
        });
  }

  @Test
  void trace_starttlsMissingOnLaterConnections_isStarttlsInconsistent() throws Exception {
    try (HostileServer server =
        firstOnly("250-hostile.invalid\r\n250 PIPELINING\r\n", "454 not now\r\n")) {
      assertThat(codes(server)).contains("starttls-inconsistent");
    }
  }

  @Test
  void trace_starttlsRefused454OnLaterConnections_isStarttlsInconsistent() throws Exception {
    try (HostileServer server =
        firstOnly("250-hostile.invalid\r\n250 STARTTLS\r\n", "454 4.7.0 TLS not available\r\n")) {
      assertThat(codes(server)).contains("starttls-inconsistent");
    }
  }

  @Test
  void trace_starttlsNeverOffered_isNotInconsistent() throws Exception {
    try (HostileServer server =
        new HostileServer(
            (s, in, out) -> {
              HostileServer.send(out, "220 plain.invalid ESMTP\r\n");
              HostileServer.readLine(in);
              HostileServer.send(out, "250-plain.invalid\r\n250 PIPELINING\r\n");
              HostileServer.readLine(in);
              HostileServer.send(out, "221 bye\r\n");
            })) {
      assertThat(codes(server))
          .contains("starttls-not-supported")
          .doesNotContain("starttls-inconsistent");
    }
  }
}
