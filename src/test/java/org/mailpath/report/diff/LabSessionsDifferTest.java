package org.mailpath.report.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mailpath.address.TargetParser;
import org.mailpath.app.TraceService;
import org.mailpath.lab.Lab;
import org.mailpath.trace.TraceListener;
import org.mailpath.trace.TraceOptions;
import org.mailpath.trace.TraceReport;

/**
 * Comparing real lab sessions: two domains whose servers differ in every respect are never
 * "unchanged" on those respects, and a removed MX host is named under the domain it belonged to.
 */
class LabSessionsDifferTest {

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
    return new TraceService(executor, Clock.systemUTC(), () -> lab, null)
        .trace(
            TargetParser.parse("alice@" + scenario + ".mail.test"),
            TraceOptions.builder().build(),
            false,
            TraceListener.NONE)
        .get(90, TimeUnit.SECONDS)
        .report();
  }

  @Test
  void diff_tls10AgainstKeyusage_reportsTheServersDifferencesNotUnchanged() throws Exception {
    ReportDiff diff = new ReportDiffer().diff(1L, trace("tls10"), 2L, trace("keyusage"));

    assertThat(diff.changesOf("TLS versions")).isNotEmpty();
    assertThat(diff.changesOf("Certificate")).isNotEmpty();
    assertThat(diff.unchanged()).doesNotContain("TLS versions", "Certificate");
    assertThat(diff.changesOf("TLS versions"))
        .allSatisfy(
            c ->
                assertThat(c.subject()).contains("tls10.mail.test").contains("keyusage.mail.test"));
  }

  @Test
  void diff_removedMxHost_isNamedUnderTheOlderSessionsDomain() throws Exception {
    ReportDiff diff = new ReportDiffer().diff(1L, trace("multi"), 2L, trace("good"));

    assertThat(diff.changesOf("MX"))
        .filteredOn(c -> c.kind() == Change.Kind.REMOVED)
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.subject()).isEqualTo("multi.mail.test"));
    assertThat(diff.changesOf("MX"))
        .filteredOn(c -> c.kind() == Change.Kind.ADDED)
        .allSatisfy(c -> assertThat(c.subject()).isEqualTo("good.mail.test"));
  }

  @Test
  void diff_sessionWithoutServers_perServerAspectsAreNotComparedRatherThanUnchanged()
      throws Exception {
    ReportDiff diff = new ReportDiffer().diff(1L, trace("nullmx"), 2L, trace("good"));

    assertThat(diff.notCompared()).contains("STARTTLS", "TLS versions", "EMS", "Certificate");
    assertThat(diff.unchanged()).doesNotContain("STARTTLS", "TLS versions", "EMS", "Certificate");
  }
}
