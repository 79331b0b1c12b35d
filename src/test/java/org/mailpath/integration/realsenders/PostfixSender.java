package org.mailpath.integration.realsenders;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The private Postfix sender instance: one smtp transport per smtp_tls_security_level, chosen by
 * the recipient's profile prefix (BASE/postfix/transport). Outcomes come from its maillog.
 */
final class PostfixSender implements RealMta {

  /** A delivery attempt's result: "smtp[PID]: QUEUEID: to=<RCPT>, relay=HOST[ADDR]:PORT, ...". */
  private static final Pattern STATUS =
      Pattern.compile(
          "\\[(\\d+)\\]: ([0-9A-F]+): to=<([^>]+)>, relay=([^,]+), .*"
              + " status=(sent|deferred|bounced)");

  /**
   * TLS_README "Client-side TLS activity logging": Verified (chain and name checked at a level that
   * requires it, or a DANE match), Trusted (chain valid, name not required), Untrusted, Anonymous.
   */
  private static final Pattern TLS =
      Pattern.compile(
          "\\[(\\d+)\\]: (Verified|Trusted|Untrusted|Anonymous) TLS connection established to"
              + " (\\S+): (TLSv[\\d.]+)");

  private static final Duration FIRST_ROUND = Duration.ofSeconds(90);
  private static final Duration RETRY_ROUND = Duration.ofSeconds(60);

  private final Path config;

  PostfixSender(RealSenders senders) {
    this.config = senders.base().resolve("postfix");
  }

  @Override
  public List<String> profiles() {
    return List.of(
        "postfix-may", "postfix-encrypt", "postfix-dane", "postfix-verify", "postfix-secure");
  }

  @Override
  public Map<String, RealOutcome> deliver(List<String> recipients) throws Exception {
    // A clean start: no message of an earlier run, and smtp processes that read this lab's CA
    // file (an smtp process reads smtp_tls_CAfile once, when it starts).
    Commands.run(
        List.of("/usr/sbin/postsuper", "-c", config.toString(), "-d", "ALL"),
        Duration.ofSeconds(30));
    Commands.run(
        List.of("/usr/sbin/postfix", "-c", config.toString(), "reload"), Duration.ofSeconds(30));
    // One message to every recipient: Postfix delivers (and logs) each recipient domain apart,
    // through the transport its profile prefix selects.
    List<String> submit =
        new ArrayList<>(List.of("/usr/sbin/sendmail", "-C", config.toString(), "-f", ""));
    submit.addAll(recipients);
    Commands.run(submit, MESSAGE, Duration.ofSeconds(60));
    Map<String, List<Attempt>> attempts = awaitAttempts(recipients, 1, FIRST_ROUND);
    List<String> retried = new ArrayList<>();
    Set<String> queueFiles = new LinkedHashSet<>();
    for (String recipient : recipients) {
      List<Attempt> tried = attempts.get(recipient);
      if (tried != null && tried.get(tried.size() - 1).status().equals("deferred")) {
        queueFiles.add(tried.get(0).queueId());
        retried.add(recipient);
      }
    }
    for (String queueId : queueFiles) {
      // postqueue(1) -i: deliver this queue file now instead of at its next retry time.
      Commands.run(
          List.of("postqueue", "-c", config.toString(), "-i", queueId), Duration.ofSeconds(30));
    }
    if (!retried.isEmpty()) {
      attempts.putAll(awaitAttempts(retried, 2, RETRY_ROUND));
    }
    Map<String, RealOutcome> outcomes = new LinkedHashMap<>();
    for (String recipient : recipients) {
      outcomes.put(recipient, outcome(recipient, attempts.get(recipient)));
    }
    return outcomes;
  }

  private static RealOutcome outcome(String recipient, List<Attempt> tried) {
    if (tried == null || tried.isEmpty()) {
      return RealOutcome.nothingLogged("no status line for " + recipient + " in the maillog");
    }
    Attempt last = tried.get(tried.size() - 1);
    String evidence = String.join("\n", tried.stream().map(Attempt::evidence).toList());
    return switch (last.status()) {
      case "sent" ->
          RealOutcome.delivered(last.tlsVersion(), "Verified".equals(last.tlsTrust()), evidence);
      case "bounced" -> RealOutcome.bounced(evidence);
      default -> RealOutcome.deferred(evidence);
    };
  }

  /** Waits until each recipient has at least {@code count} status lines, or the deadline. */
  private Map<String, List<Attempt>> awaitAttempts(
      List<String> recipients, int count, Duration deadline)
      throws IOException, InterruptedException {
    Instant end = Instant.now().plus(deadline);
    while (true) {
      Map<String, List<Attempt>> all = readLog();
      boolean done =
          recipients.stream().allMatch(r -> all.getOrDefault(r, List.of()).size() >= count);
      if (done || Instant.now().isAfter(end)) {
        return all;
      }
      Thread.sleep(300);
    }
  }

  /** Every status line per recipient, each with the TLS line its smtp process logged before. */
  private Map<String, List<Attempt>> readLog() throws IOException {
    Path log = config.resolve("maillog");
    Map<String, List<Attempt>> byRecipient = new HashMap<>();
    if (!Files.exists(log)) {
      return byRecipient;
    }
    Map<String, Matcher> lastTlsByPid = new HashMap<>();
    for (String line : Files.readAllLines(log)) {
      Matcher tls = TLS.matcher(line);
      if (tls.find()) {
        lastTlsByPid.put(tls.group(1), tls);
        continue;
      }
      Matcher status = STATUS.matcher(line);
      if (!status.find()) {
        continue;
      }
      Matcher before = lastTlsByPid.remove(status.group(1));
      boolean sameHost = before != null && before.group(3).equals(status.group(4));
      String evidence = sameHost ? before.group(0) + "\n" + line : line;
      byRecipient
          .computeIfAbsent(status.group(3), r -> new ArrayList<>())
          .add(
              new Attempt(
                  status.group(2),
                  status.group(5),
                  sameHost ? before.group(2) : null,
                  sameHost ? before.group(4) : null,
                  evidence));
    }
    return byRecipient;
  }

  private record Attempt(
      String queueId, String status, String tlsTrust, String tlsVersion, String evidence) {}
}
