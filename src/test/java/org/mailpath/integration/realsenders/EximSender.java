package org.mailpath.integration.realsenders;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Exim 4.96 (GnuTLS), one configuration per profile (.ci/real-senders-exim.sh), each message
 * delivered in the foreground with {@code -odi}; outcomes come from the profile's mainlog.
 */
final class EximSender implements RealMta {

  /**
   * Exim spec, "Log files": "=>" delivered, "==" deferred, "**" failed (bounced); X= the TLS
   * version and cipher, CV= whether the certificate was verified ("dane" for a DANE match). A
   * failure found while routing (a null MX) ends the address with a colon.
   */
  private static final Pattern DELIVERY =
      Pattern.compile("^\\S+ \\S+ (\\S+) (=>|==|\\*\\*) (\\S+?):?(?: .*)?$");

  private static final Pattern TLS = Pattern.compile(" X=(TLS[\\d.]+):\\S+");
  private static final Pattern VERIFIED = Pattern.compile(" CV=(yes|no|dane)");

  /** The profiles whose transport requires a verified certificate (tls_verify_hosts). */
  private static final List<String> VERIFYING = List.of("exim-verify");

  /** Parallel -odi deliveries; with Postfix beside them, well under the lab's 64 sessions. */
  private static final int PARALLEL = 6;

  private static final Duration ONE_DELIVERY = Duration.ofSeconds(90);

  private final RealSenders senders;

  EximSender(RealSenders senders) {
    this.senders = senders;
  }

  @Override
  public List<String> profiles() {
    return List.of("exim-default", "exim-require-tls", "exim-verify", "exim-dane");
  }

  @Override
  public Map<String, RealOutcome> deliver(List<String> recipients) throws Exception {
    clearRetryHints();
    ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
    try {
      runAll(pool, recipients, r -> List.of("-odi", "-f", "<>", r), true);
      Map<String, List<Line>> log = readLogs();
      List<String> deferred =
          recipients.stream().filter(r -> last(log, r).map(Line::deferred).orElse(false)).toList();
      // exim(8) -M: deliver this message now, whatever its retry time.
      runAll(pool, deferred, r -> List.of("-M", last(log, r).orElseThrow().messageId()), false);
    } finally {
      pool.shutdownNow();
    }
    Map<String, List<Line>> log = readLogs();
    Map<String, RealOutcome> outcomes = new LinkedHashMap<>();
    for (String recipient : recipients) {
      outcomes.put(recipient, outcome(RealMta.profileOf(recipient), log.get(recipient)));
    }
    return outcomes;
  }

  private void runAll(
      ExecutorService pool,
      List<String> recipients,
      Function<String, List<String>> arguments,
      boolean withMessage)
      throws Exception {
    List<Future<String>> runs = new ArrayList<>();
    for (String recipient : recipients) {
      List<String> command =
          new ArrayList<>(List.of(senders.bin("exim"), RealMta.profileOf(recipient)));
      command.addAll(arguments.apply(recipient));
      runs.add(
          pool.submit(() -> Commands.run(command, withMessage ? MESSAGE : null, ONE_DELIVERY)));
    }
    for (Future<String> run : runs) {
      run.get();
    }
  }

  private static RealOutcome outcome(String profile, List<Line> lines) {
    if (lines == null || lines.isEmpty()) {
      return RealOutcome.nothingLogged("no delivery line in " + profile + "'s mainlog");
    }
    Line last = lines.get(lines.size() - 1);
    String evidence = String.join("\n", lines.stream().map(Line::text).toList());
    if (last.deferred()) {
      return RealOutcome.deferred(evidence);
    }
    if (last.kind().equals("**")) {
      return RealOutcome.bounced(evidence);
    }
    Matcher tls = TLS.matcher(last.text());
    Matcher verified = VERIFIED.matcher(last.text());
    String cv = verified.find() ? verified.group(1) : "no";
    boolean authenticated = cv.equals("dane") || (cv.equals("yes") && VERIFYING.contains(profile));
    return RealOutcome.delivered(tls.find() ? tls.group(1) : null, authenticated, evidence);
  }

  /**
   * Each run is a new lab on the same addresses: the last run's retry hints (spool/db) would make
   * Exim skip a host "retry time not reached" without trying it, and its queued messages
   * (spool/input) are of no use.
   */
  private void clearRetryHints() throws IOException {
    for (String profile : profiles()) {
      Path spool = senders.base().resolve("exim").resolve(profile).resolve("spool");
      for (String dir : List.of("db", "input")) {
        if (Files.isDirectory(spool.resolve(dir))) {
          try (Stream<Path> files = Files.walk(spool.resolve(dir))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
              Files.deleteIfExists(file);
            }
          }
        }
      }
    }
  }

  private Map<String, List<Line>> readLogs() throws IOException {
    Map<String, List<Line>> byRecipient = new HashMap<>();
    for (String profile : profiles()) {
      Path log = senders.base().resolve("exim").resolve(profile).resolve("log/mainlog");
      if (!Files.exists(log)) {
        continue;
      }
      for (String text : Files.readAllLines(log)) {
        Matcher m = DELIVERY.matcher(text);
        if (m.matches()) {
          byRecipient
              .computeIfAbsent(m.group(3), r -> new ArrayList<>())
              .add(new Line(m.group(1), m.group(2), text));
        }
      }
    }
    return byRecipient;
  }

  private static Optional<Line> last(Map<String, List<Line>> log, String recipient) {
    List<Line> lines = log.getOrDefault(recipient, List.of());
    return lines.isEmpty() ? Optional.empty() : Optional.of(lines.get(lines.size() - 1));
  }

  private record Line(String messageId, String kind, String text) {
    boolean deferred() {
      return kind.equals("==");
    }
  }
}
