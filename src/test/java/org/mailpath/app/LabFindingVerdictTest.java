package org.mailpath.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mailpath.address.TargetParser;
import org.mailpath.finding.Finding;
import org.mailpath.finding.FindingCode;
import org.mailpath.finding.Severity;
import org.mailpath.lab.Lab;
import org.mailpath.trace.SendersHarmed;
import org.mailpath.trace.TraceListener;
import org.mailpath.trace.TraceOptions;
import org.mailpath.trace.TraceReport;

/**
 * Severities agree with what senders do, and each failure carries its RFC 8460 §4.3 result type: a
 * certificate that verifying senders refuse is as serious as an expired one, whatever the reason; a
 * host that cannot be judged is inconclusive and its senders retry.
 */
class LabFindingVerdictTest {

  private static ExecutorService executor;
  private static Lab lab;

  @BeforeAll
  static void start() {
    executor = Executors.newCachedThreadPool();
    lab = Lab.start(Duration.ZERO);
  }

  @AfterAll
  static void stop() {
    lab.close();
    executor.shutdownNow();
  }

  private static TraceReport trace(String scenario) throws Exception {
    TraceService service = new TraceService(executor, Clock.systemUTC(), () -> lab, null);
    return service
        .trace(
            TargetParser.parse("alice@" + scenario + ".mail.test"),
            TraceOptions.builder().quick(true).build(),
            false,
            TraceListener.NONE)
        .get(60, TimeUnit.SECONDS)
        .report();
  }

  private static Finding finding(TraceReport report, String code) {
    return report.findings().stream()
        .filter(f -> f.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError(code + " not raised: " + report.findings()));
  }

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource({
    "selfsigned, certificate-self-signed,           certificate-not-trusted",
    "chain,      certificate-chain-incomplete,      certificate-not-trusted",
    "eku,        certificate-eku-lacks-serverauth,  certificate-not-trusted",
    "expired,    certificate-expired,               certificate-expired",
    "mismatch,   certificate-host-mismatch,         certificate-host-mismatch",
    "nostarttls, starttls-not-supported,            starttls-not-supported",
    "dane-mismatch, tlsa-invalid,                   tlsa-invalid"
  })
  void trace_certificateRefusedByVerifyingSenders_isAsSeriousAsExpiredAndNamesItsResultType(
      String scenario, String code, String resultType) throws Exception {
    Finding found = finding(trace(scenario), code);

    assertThat(found.resultType()).isEqualTo(resultType);
    if (resultType.startsWith("certificate-")) {
      assertThat(found.severity()).isEqualTo(FindingCode.CERTIFICATE_EXPIRED.severity());
    }
  }

  @Test
  void trace_keyUsageFlaw_namesTheSendersItCosts() throws Exception {
    TraceReport report = trace("keyusage");
    Finding keyUsage = finding(report, "certificate-keyusage-lacks-digitalsignature");

    assertThat(SendersHarmed.by(report, keyUsage))
        .extracting(o -> o.sender() + " " + o.delivery())
        .contains("exim-default deliver-clear", "exim-require-tls defer")
        .noneMatch(s -> s.startsWith("postfix-may "));
    assertThat(SendersHarmed.sentence(report, keyUsage)).contains("exim-default: deliver-clear");
  }

  @Test
  void trace_noStarttls_costsOpportunisticAndMandatorySenders() throws Exception {
    TraceReport report = trace("nostarttls");

    assertThat(SendersHarmed.by(report, finding(report, "starttls-not-supported")))
        .extracting(o -> o.sender() + " " + o.delivery())
        .contains("postfix-may deliver-clear", "postfix-encrypt defer");
  }

  @Test
  void trace_findingNoSenderNotices_namesNobody() throws Exception {
    TraceReport report = trace("noems");

    assertThat(SendersHarmed.by(report, finding(report, "tls12-without-ems"))).isEmpty();
  }

  @Test
  void trace_passingFinding_hasNoResultType() throws Exception {
    assertThat(finding(trace("dane"), "dane-tlsa-match").resultType()).isNull();
  }

  @Test
  void trace_busyServer_isInconclusiveNotAnErrorAndSendersRetry() throws Exception {
    TraceReport report = trace("busy");

    assertThat(report.worstSeverity()).isEqualTo(Severity.INCONCLUSIVE);
    assertThat(report.connections()).allMatch(c -> c.inconclusive());
    assertThat(finding(report, "smtp-temporary-failure").severity())
        .isEqualTo(Severity.INCONCLUSIVE);
    assertThat(report.outcomes())
        .allMatch(o -> o.delivery().equals("defer"), "every sender defers and retries");
    assertThat(report.policy().requireTls().outcome().label()).isEqualTo("deferred");
  }
}
