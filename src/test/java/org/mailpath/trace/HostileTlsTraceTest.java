package org.mailpath.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mailpath.address.TargetParser;
import org.mailpath.context.StepKind;
import org.mailpath.context.StepRecord;
import org.mailpath.context.StepStatus;
import org.mailpath.finding.Finding;
import org.mailpath.tls.VersionResult;

/**
 * Real Bouncy Castle TLS servers on loopback, after SMTP and STARTTLS, whose Certificate message is
 * hostile (RFC 8446 §4.4.2, RFC 5246 §7.4.2): too large to read, or too many certificates. Each
 * ends in a finding of its own, the certificate step says why, and no version counts as working.
 */
class HostileTlsTraceTest {

  private static final Duration DEADLINE = Duration.ofSeconds(15);
  private static final long WAIT_SECONDS = 40;

  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final TraceEngine engine =
      TraceEngine.builder().executor(executor).clock(Clock.systemUTC()).build();

  @AfterEach
  void stop() {
    executor.shutdownNow();
  }

  private ConnectionReport trace(HostileTlsPeer peer) throws Exception {
    try (HostileServer server = new HostileServer(peer.afterStartTls())) {
      TraceReport report =
          engine
              .trace(
                  TargetParser.parse("[127.0.0.1]:" + server.port()),
                  TraceOptions.builder().timeout(DEADLINE).build(),
                  TraceListener.NONE)
              .get(WAIT_SECONDS, TimeUnit.SECONDS);
      return report.connections().get(0);
    }
  }

  private static List<String> codes(ConnectionReport c) {
    return c.findings().stream().map(Finding::code).toList();
  }

  private static StepRecord step(ConnectionReport c, StepKind kind) {
    return c.steps().stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
  }

  @Test
  void trace_ordinaryCertificate_completesTheHandshake() throws Exception {
    ConnectionReport c = trace(HostileTlsPeer.oneCertificateOf(0));

    assertThat(c.tls().established()).as(c.tls().failure()).isTrue();
    assertThat(c.versions())
        .filteredOn(VersionResult::accepted)
        .extracting(VersionResult::version)
        .containsExactly("TLSv1.2", "TLSv1.3");
  }

  @Test
  void trace_fiveMegabyteCertificateMessage_isCertificateMessageTooLarge() throws Exception {
    ConnectionReport c = trace(HostileTlsPeer.oneCertificateOf(5 * 1024 * 1024));

    assertThat(codes(c))
        .contains("tls-certificate-message-too-large")
        .doesNotContain("tls-handshake-failed");
    assertThat(c.tls().established()).isFalse();
    assertThat(c.tls().failure()).contains("Certificate message").doesNotContain("internal_error");
    StepRecord certificate = step(c, StepKind.CERTIFICATE_CHECK);
    assertThat(certificate.status()).isEqualTo(StepStatus.FAILED);
    assertThat(certificate.summary()).contains("Certificate message").contains("262144");
    assertThat(c.versions()).noneMatch(VersionResult::accepted);
  }

  @Test
  void trace_chainOfTwoHundredCertificates_isChainTooLong() throws Exception {
    ConnectionReport c = trace(HostileTlsPeer.chainOf(200));

    assertThat(codes(c)).contains("tls-chain-too-long").doesNotContain("tls-handshake-failed");
    assertThat(c.tls().failure()).contains("more than 10 certificates");
    StepRecord certificate = step(c, StepKind.CERTIFICATE_CHECK);
    assertThat(certificate.status()).isEqualTo(StepStatus.FAILED);
    assertThat(certificate.summary()).contains("more than 10 certificates");
    assertThat(c.versions()).noneMatch(VersionResult::accepted);
    assertThat(c.versions())
        .filteredOn(v -> v.version().equals("TLSv1.2"))
        .singleElement()
        .satisfies(v -> assertThat(v.status()).isEqualTo(VersionResult.Status.UNDETERMINED));
  }

  @Test
  void trace_chainOfTenCertificates_isReadInFull() throws Exception {
    ConnectionReport c = trace(HostileTlsPeer.chainOf(10));

    assertThat(codes(c)).doesNotContain("tls-chain-too-long");
    assertThat(c.tls().established()).as(c.tls().failure()).isTrue();
    assertThat(c.tls().chain()).hasSize(10);
  }
}
