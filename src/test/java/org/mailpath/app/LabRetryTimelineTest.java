package org.mailpath.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mailpath.address.TargetParser;
import org.mailpath.lab.Lab;
import org.mailpath.policy.senders.SenderOutcome;
import org.mailpath.report.MarkdownReport;
import org.mailpath.report.ReportJson;
import org.mailpath.report.section.ReportContext;
import org.mailpath.trace.TraceListener;
import org.mailpath.trace.TraceOptions;
import org.mailpath.trace.TraceReport;

/**
 * A lab scenario where mandatory-TLS senders defer (nostarttls.mail.test offers no STARTTLS): the
 * deferring rows carry their MTA's retry timeline into the JSON and the Markdown report, and the
 * delivering rows carry none.
 */
class LabRetryTimelineTest {

  private static ExecutorService executor;
  private static Lab lab;
  private static TraceReport report;

  @BeforeAll
  static void trace() throws Exception {
    executor = Executors.newCachedThreadPool();
    lab = Lab.start(Duration.ZERO);
    report =
        new TraceService(executor, Clock.systemUTC(), () -> lab, null)
            .trace(
                TargetParser.parse("alice@nostarttls.mail.test"),
                TraceOptions.builder().quick(true).build(),
                false,
                TraceListener.NONE)
            .get(60, TimeUnit.SECONDS)
            .report();
  }

  @AfterAll
  static void stop() {
    lab.close();
    executor.shutdownNow();
  }

  private static SenderOutcome row(String sender) {
    return report.outcomes().stream()
        .filter(o -> o.sender().equals(sender))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void nostarttls_postfixEncryptDefers_andCarriesPostfixsTimeline() {
    SenderOutcome encrypt = row("postfix-encrypt");

    assertThat(encrypt.delivery()).isEqualTo("defer");
    assertThat(encrypt.retry()).isNotNull();
    assertThat(encrypt.retry().giveUpSeconds()).isEqualTo(5 * 86_400L);
    assertThat(encrypt.retry().attemptSeconds()).startsWith(0L, 300L, 900L);
    assertThat(row("postfix-may").delivery()).isEqualTo("deliver-clear");
    assertThat(row("postfix-may").retry()).isNull();
  }

  @Test
  void nostarttls_json_carriesTheRetryFacts_andReadsBack() {
    String json = ReportJson.write(report, false);

    assertThat(json)
        .contains("\"retry\":{\"mta\":\"Postfix 3.7 defaults (Debian 12)\"")
        .contains("\"giveUpSeconds\":432000")
        .contains("maximal_queue_lifetime = 5d")
        .contains("\"warningSeconds\":[86400,172800,259200,345600]");
    SenderOutcome read =
        ReportJson.read(json).outcomes().stream()
            .filter(o -> o.sender().equals("postfix-encrypt"))
            .findFirst()
            .orElseThrow();
    assertThat(read.retry()).isEqualTo(row("postfix-encrypt").retry());
  }

  @Test
  void nostarttls_markdown_showsTheTimelineTable_besideBounceOnFirstFailure() {
    // Markdown escapes punctuation ("postfix\\-encrypt"); read it as a person would.
    String markdown =
        new MarkdownReport()
            .render(new ReportContext(report, 1L, ZoneId.of("UTC")))
            .replace("\\", "");

    assertThat(markdown)
        .contains("Defer or bounce: what happens next")
        .contains("postfix-encrypt")
        .contains("minimal_backoff_time = 300s")
        .contains("bounce on first failure")
        .contains("within seconds")
        .contains("smtpd.conf(5)");
  }
}
