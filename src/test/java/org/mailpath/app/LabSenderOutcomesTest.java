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
 * trainer answers "what happens to my mail" with. Each sender is a real MTA profile
 * (SenderProfiles).
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
          # scenario    | sender             | outcome                   | deciding rule
          nostarttls     | postfix-may        | deliver-clear             | RFC 3207 §4: no STARTTLS, clear text
          nostarttls     | postfix-encrypt    | defer                     | mandatory TLS cannot be met
          nostarttls     | postfix-verify     | defer                     | verified TLS cannot be met
          tls10          | postfix-encrypt    | deliver-tls               | Postfix: smtp_tls_mandatory_protocols = >=TLSv1
          tls10          | gmail              | deliver-clear             | floor not known, assumed TLS 1.2
          tls10          | postfix-verify     | defer                     | RealSenderAgreementTest: legacy sigalg
          weakkey        | postfix-verify     | defer                     | RealSenderAgreementTest: digest too weak
          weakkey        | exim-verify        | defer                     | RealSenderAgreementTest: certificate invalid
          mismatch       | postfix-secure     | deliver-authenticated-tls | dot-nexthop: www.mismatch.mail.test
          mismatch       | postfix-verify     | defer                     | RFC 9525 §6: names another host
          nostarttls     | exim-verify        | defer                     | hosts_require_tls with tls_verify_hosts
          eku            | exim-verify        | deliver-authenticated-tls | RealSenderAgreementTest: CV=yes
          dane-mismatch  | exim-default       | defer                     | hosts_try_dane = * by default
          nullmx         | postfix-may        | bounce                    | RFC 7505 §3: accepts no mail
          nullmx         | opensmtpd-default  | defer                     | OpenSMTPD 6.8 has no RFC 7505
          keyusage       | exim-default       | deliver-clear             | GnuTLS enforces keyUsage; tryclear
          keyusage       | exim-require-tls   | defer                     | GnuTLS enforces keyUsage
          keyusage       | postfix-may        | deliver-tls               | OpenSSL ignores keyUsage
          eku            | postfix-verify     | defer                     | OpenSSL purpose check
          eku            | postfix-encrypt    | deliver-tls               | certificate not checked
          expired        | postfix-encrypt    | deliver-tls               | certificate not checked
          expired        | postfix-verify     | defer                     | RFC 5280: outside validity
          selfsigned     | postfix-may        | deliver-tls               | RFC 7435 §3: certificate not required
          selfsigned     | postfix-verify     | defer                     | RFC 5280 §6: no trusted path
          good           | postfix-verify     | deliver-authenticated-tls | RFC 9525 §6: valid and names the host
          good           | postfix-secure     | deliver-authenticated-tls | dot-nexthop: MX under the domain
          good           | requiretls         | bounce                    | RFC 8689 §5: MX not secured
          multi          | postfix-may        | deliver-tls               | RFC 5321 §5.1: mx1 first
          dane           | postfix-dane       | deliver-authenticated-tls | RFC 7672 §3: DANE-EE match
          dane-ta        | postfix-dane       | deliver-authenticated-tls | RFC 7672 §3.2: DANE-TA match
          dane-mismatch  | postfix-dane       | defer                     | RFC 7672 §2.2: no match
          dane-bogus     | postfix-dane       | defer                     | RFC 7672 §2.1: bogus TLSA
          sts            | microsoft-365      | deliver-authenticated-tls | RFC 8461 §4.2
          sts-mismatch   | gmail              | defer                     | RFC 8461 §4.1/§5: MX not listed
          sts-testing    | gmail              | deliver-tls               | RFC 8461 §5: testing delivers
          sts-badcert    | gmail              | deliver-tls               | RFC 8461 §3.3: no valid policy
          sts-redirect   | gmail              | deliver-tls               | RFC 8461 §3.3: redirect = no policy
          requiretls     | requiretls         | deliver-authenticated-tls | RFC 8689 §4.2.1 met
          strip          | postfix-may        | deliver-clear             | RFC 3207 §6: STARTTLS stripped, clear to the attacker
          strip-dane     | postfix-may        | deliver-clear             | opportunistic: no DANE check
          strip-dane     | postfix-dane       | defer                     | RFC 7672 §2.2: TLSA says TLS, none offered
          strip-sts      | gmail              | defer                     | RFC 8461 §5: enforce, no STARTTLS
          strip-sts      | postfix-may        | deliver-clear             | no MTA-STS in Postfix
          tls454-sts     | microsoft-365      | defer                     | RFC 3207 §4: 454, enforce forbids clear
          tls454-sts     | postfix-may        | deliver-clear             | RFC 3207 §4: 454, opportunistic goes on in clear
          mitm-cert      | postfix-may        | deliver-tls               | RFC 7435 §3: any certificate, the attacker's too
          mitm-cert      | postfix-dane       | defer                     | RFC 7672 §2.2: attacker's key matches no TLSA
          mitm-ca        | gmail              | deliver-authenticated-tls | RFC 8461 §4.2: PKIX-valid, from a trusted CA
          mitm-ca        | postfix-dane       | defer                     | RFC 7672 §3: TLSA pins the real key
          downgrade      | gmail              | deliver-clear             | RFC 8996 §2: TLS 1.0 refused, retried in clear
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
        report.outcomes().stream().filter(o -> o.sender().equals(sender)).findFirst().orElseThrow();
    assertThat(row.delivery()).as(rule + "; mailpath says: " + row.reason()).isEqualTo(outcome);
    assertThat(row.source()).isNotBlank();
  }
}
