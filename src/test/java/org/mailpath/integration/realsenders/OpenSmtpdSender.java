package org.mailpath.integration.realsenders;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OpenSMTPD 6.8, one relay action per profile (BASE/opensmtpd/smtpd.conf), chosen by the
 * recipient's profile prefix; outcomes come from its foreground log (smtpd -d).
 */
final class OpenSmtpdSender implements RealMta {

  /** "SESSION mta delivery evpid=ID from=<> to=<RCPT> ... result="Ok|TempFail|PermFail"". */
  private static final Pattern DELIVERY =
      Pattern.compile(
          "^(\\S+) mta delivery evpid=(\\S+) from=<[^>]*> to=<([^>]+)> .* result=\"(\\w+)\"");

  private static final Pattern CONNECTING = Pattern.compile("^(\\S+) mta connecting ");
  private static final Pattern TLS = Pattern.compile("^(\\S+) mta tls ciphers=(TLSv[\\d.]+):");
  private static final Pattern CERT_CHECK =
      Pattern.compile("^(\\S+) mta server-cert-check result=\"(\\w+)\"");

  /** The profiles whose action verifies the server certificate (smtpd.conf(5): relay tls). */
  private static final List<String> VERIFYING = List.of("opensmtpd-smtp-tls");

  /** OpenSMTPD retries a failing route for about 20 s before it logs TempFail. */
  private static final Duration FIRST_ROUND = Duration.ofSeconds(120);

  private static final Duration RETRY_ROUND = Duration.ofSeconds(90);

  private final RealSenders senders;

  OpenSmtpdSender(RealSenders senders) {
    this.senders = senders;
  }

  @Override
  public List<String> profiles() {
    return List.of("opensmtpd-default", "opensmtpd-tls-no-verify", "opensmtpd-smtp-tls");
  }

  @Override
  public Map<String, RealOutcome> deliver(List<String> recipients) throws Exception {
    // No message of an earlier run may keep a route to a lab address suspended.
    Commands.run(List.of(senders.bin("smtpctl"), "remove", "all"), Duration.ofSeconds(30));
    for (String recipient : recipients) {
      Commands.run(
          List.of(senders.bin("opensmtpd-sendmail"), "-f", "", recipient),
          MESSAGE,
          Duration.ofSeconds(30));
    }
    Map<String, List<Line>> log = awaitLines(recipients, 1, FIRST_ROUND);
    List<String> retried = new ArrayList<>();
    for (String recipient : recipients) {
      List<Line> lines = log.getOrDefault(recipient, List.of());
      if (!lines.isEmpty() && lines.get(lines.size() - 1).result().equals("TempFail")) {
        // smtpctl(8) schedule: retry this envelope now.
        Commands.run(
            List.of(senders.bin("smtpctl"), "schedule", lines.get(0).envelope()),
            Duration.ofSeconds(30));
        retried.add(recipient);
      }
    }
    if (!retried.isEmpty()) {
      log.putAll(awaitLines(retried, 2, RETRY_ROUND));
    }
    Map<String, RealOutcome> outcomes = new LinkedHashMap<>();
    for (String recipient : recipients) {
      outcomes.put(recipient, outcome(RealMta.profileOf(recipient), log.get(recipient)));
    }
    return outcomes;
  }

  private static RealOutcome outcome(String profile, List<Line> lines) {
    if (lines == null || lines.isEmpty()) {
      return RealOutcome.nothingLogged("no delivery line in OpenSMTPD's log");
    }
    Line last = lines.get(lines.size() - 1);
    String evidence = String.join("\n", lines.stream().map(Line::evidence).toList());
    return switch (last.result()) {
      case "Ok" ->
          RealOutcome.delivered(
              last.tlsVersion(),
              "success".equals(last.certCheck()) && VERIFYING.contains(profile),
              evidence);
      case "PermFail" -> RealOutcome.bounced(evidence);
      default -> RealOutcome.deferred(evidence);
    };
  }

  private Map<String, List<Line>> awaitLines(List<String> recipients, int count, Duration deadline)
      throws IOException, InterruptedException {
    Instant end = Instant.now().plus(deadline);
    while (true) {
      Map<String, List<Line>> all = readLog();
      boolean done =
          recipients.stream().allMatch(r -> all.getOrDefault(r, List.of()).size() >= count);
      if (done || Instant.now().isAfter(end)) {
        return all;
      }
      Thread.sleep(500);
    }
  }

  /** Delivery lines per recipient, each with its session's TLS and certificate-check lines. */
  private Map<String, List<Line>> readLog() throws IOException {
    Path log = senders.base().resolve("opensmtpd/log");
    Map<String, List<Line>> byRecipient = new HashMap<>();
    Map<String, String> tlsBySession = new HashMap<>();
    Map<String, String> certBySession = new HashMap<>();
    Map<String, List<String>> textBySession = new HashMap<>();
    for (String text : Files.readAllLines(log)) {
      Matcher m;
      if ((m = CONNECTING.matcher(text)).find()) {
        // A downgrade to plain text reconnects under the same session id: forget its TLS.
        tlsBySession.remove(m.group(1));
        certBySession.remove(m.group(1));
        textBySession.put(m.group(1), new ArrayList<>(List.of(text)));
      } else if ((m = TLS.matcher(text)).find()) {
        tlsBySession.put(m.group(1), m.group(2));
        textBySession.computeIfAbsent(m.group(1), s -> new ArrayList<>()).add(text);
      } else if ((m = CERT_CHECK.matcher(text)).find()) {
        certBySession.put(m.group(1), m.group(2));
        textBySession.computeIfAbsent(m.group(1), s -> new ArrayList<>()).add(text);
      } else if ((m = DELIVERY.matcher(text)).find()) {
        String session = m.group(1);
        List<String> evidence = new ArrayList<>(textBySession.getOrDefault(session, List.of()));
        evidence.add(text);
        byRecipient
            .computeIfAbsent(m.group(3), r -> new ArrayList<>())
            .add(
                new Line(
                    m.group(2),
                    m.group(4),
                    tlsBySession.get(session),
                    certBySession.get(session),
                    String.join("\n", evidence)));
      }
    }
    return byRecipient;
  }

  private record Line(
      String envelope, String result, String tlsVersion, String certCheck, String evidence) {}
}
