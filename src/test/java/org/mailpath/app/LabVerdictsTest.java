package org.mailpath.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailpath.address.TargetParser;
import org.mailpath.finding.Finding;
import org.mailpath.lab.Lab;
import org.mailpath.policy.requiretls.RequireTlsVerdict;
import org.mailpath.trace.TraceListener;
import org.mailpath.trace.TraceOptions;
import org.mailpath.trace.TraceReport;

/** What mailpath says about lab scenarios agrees with what it evaluated ("every verdict true"). */
class LabVerdictsTest {

  private static ExecutorService executor;
  private static Lab lab;
  @TempDir static Path home;

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

  static TraceReport trace(String address) throws Exception {
    TraceService service =
        new TraceService(executor, Clock.systemUTC(), () -> lab, home.resolve("history.db"));
    return service
        .trace(TargetParser.parse(address), TraceOptions.defaults(), false, TraceListener.NONE)
        .get(60, TimeUnit.SECONDS)
        .report();
  }

  private static List<Finding> findings(TraceReport report, String code) {
    return report.findings().stream().filter(f -> f.code().equals(code)).toList();
  }

  @Test
  void trace_requireTlsDeferredByUnreachableMx_noFindingSaysReturnedToSender() throws Exception {
    TraceReport report = trace("alice@multi.mail.test");

    assertThat(report.policy().requireTls().outcome())
        .isEqualTo(RequireTlsVerdict.Outcome.DEFERRED);
    assertThat(findings(report, "requiretls-undeliverable")).isNotEmpty();
    assertThat(
            report.findings().stream()
                .filter(f -> f.code().startsWith("requiretls-"))
                .map(f -> f.explanation() + " " + f.detail()))
        .isNotEmpty()
        .noneMatch(text -> text.contains("returned to its sender"))
        .anyMatch(text -> text.contains("Deferred"));
  }
}
