package org.mailpath.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mailpath.address.TargetParser;
import org.mailpath.finding.Finding;
import org.mailpath.finding.Severity;
import org.mailpath.history.HistoryStore;
import org.mailpath.lab.Lab;
import org.mailpath.lab.LabScenario;
import org.mailpath.trace.ConnectionReport;
import org.mailpath.trace.TraceListener;
import org.mailpath.trace.TraceOptions;
import org.mailpath.trace.TraceReport;

/** Every lab scenario, traced end to end over real DNS, SMTP and TLS on loopback. */
class LabScenarioTraceTest {

  private static ExecutorService executor;
  private static Lab lab;
  @TempDir static Path home;

  @BeforeAll
  static void start() {
    executor = Executors.newCachedThreadPool();
    lab = Lab.start(java.time.Duration.ZERO);
  }

  @AfterAll
  static void stop() {
    lab.close();
    executor.shutdownNow();
  }

  private static TraceService.Outcome trace(String address, boolean store) throws Exception {
    TraceService service =
        new TraceService(executor, Clock.systemUTC(), () -> lab, home.resolve("history.db"));
    return service
        .trace(TargetParser.parse(address), TraceOptions.defaults(), store, TraceListener.NONE)
        .get(60, TimeUnit.SECONDS);
  }

  static Stream<LabScenario> scenarios() {
    return Lab.scenarios().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void trace_labScenario_raisesItsExpectedFindings(LabScenario scenario) throws Exception {
    TraceReport report = trace("alice@" + scenario.domain(), false).report();

    assertRaisesExpectedFindings(report, scenario);
  }

  static void assertRaisesExpectedFindings(TraceReport report, LabScenario scenario) {
    assertThat(report.network()).isEqualTo("lab");
    assertThat(report.cancelled()).isFalse();
    assertThat(report.findings())
        .extracting(Finding::code)
        .containsAll(scenario.expectedFindings());
    for (String absent : scenario.absentFindings()) {
      assertThat(report.findings()).extracting(Finding::code).doesNotContain(absent);
    }
    if (scenario.expectedFindings().isEmpty()) {
      assertThat(report.worstSeverity()).isNotEqualTo(Severity.ERROR);
    }
  }

  @Test
  void trace_good_reachesBothMxHostsOverTls13WithTheirChains() throws Exception {
    TraceReport report = trace("alice@good.mail.test", false).report();

    assertThat(report.connections())
        .extracting(c -> c.plan().mxHost())
        .containsExactly("mx1.good.mail.test", "mx2.good.mail.test");
    for (ConnectionReport c : report.connections()) {
      assertThat(c.tls().version()).isEqualTo("TLSv1.3");
      assertThat(c.tls().extendedMasterSecret()).isEqualTo("n/a");
      assertThat(c.tls().chain()).hasSizeGreaterThanOrEqualTo(2);
      assertThat(c.tls().verdict().pkixTrusted()).isTrue();
      assertThat(c.tls().verdict().hostnameMatches()).isTrue();
      assertThat(c.transcript()).anyMatch(l -> l.text().startsWith("EHLO"));
      assertThat(c.smtp().capabilitiesAfterTls()).isNotEmpty();
    }
  }

  @Test
  void trace_keyusage_completesTheHandshakeAndNamesTheClientsThatAbort() throws Exception {
    TraceReport report = trace("alice@keyusage.mail.test", false).report();

    ConnectionReport c = report.connections().get(0);
    assertThat(c.tls().established()).isTrue();
    assertThat(c.tls().version()).isEqualTo("TLSv1.2");
    assertThat(c.smtp().capabilitiesAfterTls()).isNotEmpty();
    assertThat(report.findings()).extracting(Finding::code).doesNotContain("tls-handshake-failed");
    Finding keyUsage =
        report.findings().stream()
            .filter(f -> f.code().equals("certificate-keyusage-lacks-digitalsignature"))
            .findFirst()
            .orElseThrow();
    assertThat(keyUsage.evidence())
        .anyMatch(e -> e.startsWith("GnuTLS"))
        .anyMatch(e -> e.startsWith("OpenSSL"));
  }

  @Test
  void trace_multi_showsAllThreeHostsInPreferenceOrder() throws Exception {
    TraceReport report = trace("alice@multi.mail.test", false).report();

    assertThat(report.connections()).hasSize(3);
    List<Integer> preferences =
        report.connections().stream().map(c -> c.plan().preference()).toList();
    assertThat(preferences).isSorted();
    assertThat(report.connections()).filteredOn(c -> !c.smtp().connected()).hasSize(1);
  }

  @Test
  void trace_stored_isListedInHistory() throws Exception {
    TraceService.Outcome outcome = trace("alice@nostarttls.mail.test", true);

    assertThat(outcome.historyId()).isNotNull();
    try (HistoryStore history = HistoryStore.open(home.resolve("history.db"))) {
      assertThat(history.load(outcome.historyId())).get().isEqualTo(outcome.report());
    }
  }
}
