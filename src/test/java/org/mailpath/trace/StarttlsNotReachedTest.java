package org.mailpath.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mailpath.address.TargetParser;
import org.mailpath.report.MarkdownReport;
import org.mailpath.report.section.ReportContext;

/**
 * A session that ends before EHLO says nothing about STARTTLS: "not reached", not "not offered".
 */
class StarttlsNotReachedTest {

  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final TraceEngine engine =
      TraceEngine.builder().executor(executor).clock(Clock.systemUTC()).build();

  @AfterEach
  void stop() {
    executor.shutdownNow();
  }

  private TraceReport trace(HostileServer server) throws Exception {
    return engine
        .trace(
            TargetParser.parse("[127.0.0.1]:" + server.port()),
            TraceOptions.builder().timeout(Duration.ofSeconds(5)).quick(true).build(),
            TraceListener.NONE)
        .get(20, TimeUnit.SECONDS);
  }

  @Test
  void starttlsReached_greetingRefused_isFalseAndReportSaysNotReached() throws Exception {
    try (HostileServer server =
        new HostileServer(
            (s, in, out) -> {
              HostileServer.send(out, "421 4.3.2 busy, come back later\r\n");
              HostileServer.readLine(in);
            })) {
      TraceReport report = trace(server);

      assertThat(report.connections().get(0).starttlsReached()).isFalse();
      String markdown =
          new MarkdownReport().render(new ReportContext(report, null, ZoneOffset.UTC));
      assertThat(markdown)
          .doesNotContain("does not offer STARTTLS")
          .doesNotContain("not offered")
          .contains("not reached");
    }
  }

  @Test
  void starttlsReached_ehloWithoutStarttls_isTrueAndReportSaysNotOffered() throws Exception {
    try (HostileServer server =
        new HostileServer(
            (s, in, out) -> {
              HostileServer.send(out, "220 plain.invalid ESMTP\r\n");
              HostileServer.readLine(in);
              HostileServer.send(out, "250-plain.invalid\r\n250 PIPELINING\r\n");
              HostileServer.readLine(in);
              HostileServer.send(out, "221 bye\r\n");
            })) {
      TraceReport report = trace(server);

      assertThat(report.connections().get(0).starttlsReached()).isTrue();
      assertThat(new MarkdownReport().render(new ReportContext(report, null, ZoneOffset.UTC)))
          .contains("does not offer STARTTLS");
    }
  }
}
