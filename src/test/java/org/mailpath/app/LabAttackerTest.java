package org.mailpath.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mailpath.address.TargetParser;
import org.mailpath.exposure.Observer;
import org.mailpath.exposure.Part;
import org.mailpath.exposure.Visibility;
import org.mailpath.finding.Finding;
import org.mailpath.lab.Lab;
import org.mailpath.smtp.TranscriptLine;
import org.mailpath.trace.TraceListener;
import org.mailpath.trace.TraceOptions;
import org.mailpath.trace.TraceReport;

/**
 * The lab's on-path attacker, end to end: the same domain traced without and with the attacker in
 * front of its MX, and what a class must see change — the transcript, the sender rows, the exposure
 * matrix's active-attacker column, and mailpath's own tampering findings.
 */
class LabAttackerTest {

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

  private static TraceReport trace(String domain, String attacker) throws Exception {
    TraceService service = new TraceService(executor, Clock.systemUTC(), () -> lab, null);
    return service
        .trace(
            TargetParser.parse("alice@" + domain),
            TraceOptions.builder().quick(true).labAttacker(attacker).build(),
            false,
            TraceListener.NONE)
        .get(60, TimeUnit.SECONDS)
        .report();
  }

  private static String delivery(TraceReport report, String sender) {
    return report.outcomes().stream()
        .filter(o -> o.sender().equals(sender))
        .findFirst()
        .orElseThrow()
        .delivery();
  }

  private static Visibility subjectToAttacker(TraceReport report) {
    return report.exposure().cellAt(Part.SUBJECT, Observer.ACTIVE_ATTACKER).visibility();
  }

  private static List<String> serverLines(TraceReport report) {
    return report.connections().get(0).transcript().stream()
        .filter(l -> l.direction() == TranscriptLine.Direction.SERVER)
        .map(TranscriptLine::text)
        .toList();
  }

  private static List<String> codes(TraceReport report) {
    return report.findings().stream().map(Finding::code).toList();
  }

  @ParameterizedTest(name = "{0} --attacker {1}: {3} {4} -> {5}, Subject to attacker {6} -> {7}")
  @CsvSource(
      textBlock =
          """
          # domain      | mode      | server line seen only when attacked  | sender          | unattacked                | attacked | subject unattacked     | subject attacked
          good.mail.test  | strip     | 250 ENHANCEDSTATUSCODES              | postfix-may     | deliver-tls               | deliver-clear | READABLE_IF_DOWNGRADED | READABLE
          good.mail.test  | 454       | 454 4.7.0 TLS not available          | postfix-may     | deliver-tls               | deliver-clear | READABLE_IF_DOWNGRADED | READABLE
          dane.mail.test  | strip     | 250 ENHANCEDSTATUSCODES              | postfix-dane    | deliver-authenticated-tls | defer         | PROTECTED              | ABSENT
          sts.mail.test   | strip     | 250 ENHANCEDSTATUSCODES              | microsoft-365   | deliver-authenticated-tls | defer         | PROTECTED              | ABSENT
          dane.mail.test  | cert      | 220 2.0.0 Ready to start TLS         | postfix-dane    | deliver-authenticated-tls | defer         | PROTECTED              | ABSENT
          good.mail.test  | cert      | 220 2.0.0 Ready to start TLS         | postfix-verify  | deliver-authenticated-tls | defer         | READABLE_IF_DOWNGRADED | READABLE_IF_DOWNGRADED
          good.mail.test  | downgrade | 220 2.0.0 Ready to start TLS         | gmail           | deliver-tls               | deliver-clear | READABLE_IF_DOWNGRADED | READABLE
          """,
      delimiter = '|')
  void trace_withAttacker_changesTranscriptSendersAndExposure(
      String domain,
      String mode,
      String serverLine,
      String sender,
      String unattacked,
      String attacked,
      Visibility subjectUnattacked,
      Visibility subjectAttacked)
      throws Exception {
    TraceReport before = trace(domain, null);
    TraceReport after = trace(domain, mode);

    assertThat(after.route()).contains("on-path attacker").contains(mode);
    assertThat(serverLines(after)).anyMatch(l -> l.startsWith(serverLine));
    assertThat(delivery(before, sender)).isEqualTo(unattacked);
    assertThat(delivery(after, sender)).isEqualTo(attacked);
    assertThat(subjectToAttacker(before)).isEqualTo(subjectUnattacked);
    assertThat(subjectToAttacker(after)).isEqualTo(subjectAttacked);
  }

  @Test
  void trace_strip_removesStarttlsFromTheEhloReply() throws Exception {
    assertThat(serverLines(trace("good.mail.test", null))).contains("250 STARTTLS");
    assertThat(serverLines(trace("good.mail.test", "strip")))
        .noneMatch(l -> l.contains("STARTTLS"))
        .contains("250 ENHANCEDSTATUSCODES");
  }

  @ParameterizedTest(name = "{0} --attacker {1}: {2}")
  @CsvSource({
    "good.mail.test, strip, ",
    "dane.mail.test, strip, starttls-stripped-suspected",
    "sts.mail.test, strip, starttls-stripped-suspected",
    "sts.mail.test, 454, starttls-stripped-suspected",
    "dane.mail.test, cert, certificate-substituted-suspected",
    "good.mail.test, cert, "
  })
  void trace_withAttacker_raisesTamperingOnlyWhereThePolicySaysTlsIsExpected(
      String domain, String mode, String expected) throws Exception {
    List<String> attacked = codes(trace(domain, mode));
    List<String> unattacked = codes(trace(domain, null));

    assertThat(unattacked)
        .doesNotContain("starttls-stripped-suspected", "certificate-substituted-suspected");
    if (expected == null) {
      assertThat(attacked)
          .doesNotContain("starttls-stripped-suspected", "certificate-substituted-suspected");
    } else {
      assertThat(attacked).contains(expected);
    }
  }

  @Test
  void trace_certFromTrustedCa_fools_MtaSts_butNotDane() throws Exception {
    TraceReport report = trace("mitm-ca.mail.test", null);

    assertThat(delivery(report, "gmail")).isEqualTo("deliver-authenticated-tls");
    assertThat(delivery(report, "postfix-dane")).isEqualTo("defer");
    assertThat(report.connections().get(0).tls().chain().get(0).selfSigned()).isFalse();
  }

  @Test
  void trace_attackerOnAnInternetName_isRefused() {
    TraceService service = new TraceService(executor, Clock.systemUTC(), () -> lab, null);

    assertThatThrownBy(
            () ->
                service.trace(
                    TargetParser.parse("alice@example.org"),
                    TraceOptions.builder().labAttacker("strip").build(),
                    false,
                    TraceListener.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(".test");
  }
}
