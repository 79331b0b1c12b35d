package org.mailpath.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mailpath.address.TargetParser;
import org.mailpath.lab.Lab;
import org.mailpath.policy.senders.SenderOutcome;
import org.mailpath.trace.TraceListener;
import org.mailpath.trace.TraceOptions;
import org.mailpath.trace.TraceReport;

/**
 * The expected outcome per lab scenario and sending policy, as the RFCs decide it: the table a
 * trainer answers "what happens to my mail" with. Senders here require TLS 1.2 or later (RFC 8996).
 */
class LabSenderOutcomesTest {

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

  @ParameterizedTest(name = "{0}: {1} -> {2} ({3})")
  @CsvSource(
      textBlock =
          """
          # scenario    | sender        | outcome                     | deciding rule
          nostarttls     | OPPORTUNISTIC | DELIVER_CLEAR               | RFC 3207 §4: no STARTTLS, clear text
          nostarttls     | ENCRYPT       | DEFER                       | mandatory TLS cannot be met
          nostarttls     | VERIFY        | DEFER                       | verified TLS cannot be met
          tls10          | ENCRYPT       | DEFER                       | RFC 8996: no TLS 1.2 at the server
          expired        | ENCRYPT       | DELIVER_UNAUTHENTICATED_TLS | certificate not checked
          expired        | VERIFY        | DEFER                       | RFC 5280: outside validity
          selfsigned     | OPPORTUNISTIC | DELIVER_UNAUTHENTICATED_TLS | RFC 7435 §3: certificate not required
          selfsigned     | VERIFY        | DEFER                       | RFC 5280 §6: no trusted path
          good           | VERIFY        | DELIVER_AUTHENTICATED_TLS   | RFC 9525 §6: valid and names the host
          good           | REQUIRETLS    | BOUNCE                      | RFC 8689 §5: MX not secured
          multi          | OPPORTUNISTIC | DELIVER_UNAUTHENTICATED_TLS | RFC 5321 §5.1: mx1 first
          dane           | DANE          | DELIVER_AUTHENTICATED_TLS   | RFC 7672 §3: DANE-EE match
          dane-ta        | DANE          | DELIVER_AUTHENTICATED_TLS   | RFC 7672 §3.2: DANE-TA match
          dane-mismatch  | DANE          | DEFER                       | RFC 7672 §2.2: no match
          dane-bogus     | DANE          | DEFER                       | RFC 7672 §2.1: bogus TLSA
          sts            | MTA_STS       | DELIVER_AUTHENTICATED_TLS   | RFC 8461 §4.2
          sts-mismatch   | MTA_STS       | DEFER                       | RFC 8461 §4.1/§5: MX not listed
          sts-testing    | MTA_STS       | DELIVER_UNAUTHENTICATED_TLS | RFC 8461 §5: testing delivers
          sts-badcert    | MTA_STS       | DELIVER_UNAUTHENTICATED_TLS | RFC 8461 §3.3: no valid policy
          sts-redirect   | MTA_STS       | DELIVER_UNAUTHENTICATED_TLS | RFC 8461 §3.3: redirect = no policy
          requiretls     | REQUIRETLS    | DELIVER_AUTHENTICATED_TLS   | RFC 8689 §4.2.1 met
          """,
      delimiter = '|')
  void trace_labScenario_senderOutcomeIsTheRfcs(
      String scenario, String sender, String outcome, String rule) throws Exception {
    TraceService service = new TraceService(executor, Clock.systemUTC(), () -> lab, null);
    TraceReport report =
        service
            .trace(
                TargetParser.parse("alice@" + scenario + ".mail.test"),
                TraceOptions.builder().quick(true).build(),
                false,
                TraceListener.NONE)
            .get(60, TimeUnit.SECONDS)
            .report();

    SenderOutcome row =
        report.outcomes().stream()
            .filter(o -> o.policy().name().equals(sender))
            .findFirst()
            .orElseThrow();
    assertThat(row.delivery().name())
        .as(rule + "; mailpath says: " + row.reason())
        .isEqualTo(outcome);
    assertThat(row.rfc()).isNotBlank();
  }
}
