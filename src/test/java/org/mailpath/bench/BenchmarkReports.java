package org.mailpath.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.mailpath.finding.Finding;
import org.mailpath.finding.Severity;
import org.mailpath.history.SampleReports;
import org.mailpath.smtp.TranscriptLine;
import org.mailpath.trace.ConnectionReport;
import org.mailpath.trace.TraceReport;

/**
 * Realistic stored sessions: the full sample (two MX hosts, sweep, certificate chain) with a
 * transcript of a real EHLO exchange's length, spread over {@link #DOMAINS} domains and a year,
 * with findings of every severity. Seeded, so every run stores the same data.
 */
final class BenchmarkReports {

  static final int DOMAINS = 250;
  static final Instant FIRST = Instant.parse("2026-01-01T00:00:00Z");
  static final Duration SPAN = Duration.ofDays(365);

  private final Random random = new Random(20261128);
  private final TraceReport template = SampleReports.full();

  static String domain(int i) {
    return "domain" + i + ".example";
  }

  TraceReport next(int n) {
    String domain = domain(random.nextInt(DOMAINS));
    Instant started = FIRST.plusMillis((long) (random.nextDouble() * SPAN.toMillis()));
    List<ConnectionReport> connections = new ArrayList<>();
    for (ConnectionReport c : template.connections()) {
      connections.add(
          new ConnectionReport(
              c.plan(),
              c.steps(),
              transcript(c.transcript(), started),
              c.smtp(),
              c.tls(),
              c.versions(),
              c.tls12CipherSuites(),
              c.findings()));
    }
    return new TraceReport(
        "postmaster@" + domain,
        domain,
        n % 10 == 0 ? "lab" : "internet",
        "0.1.0",
        started,
        Duration.ofMillis(800 + random.nextInt(4000)),
        template.resolution(),
        template.steps(),
        connections,
        findings(),
        n % 97 == 0);
  }

  /** About forty lines, as a greeting, two EHLOs, STARTTLS and QUIT give. */
  private List<TranscriptLine> transcript(List<TranscriptLine> base, Instant started) {
    List<TranscriptLine> lines = new ArrayList<>(base);
    for (int i = 0; i < 36; i++) {
      lines.add(
          new TranscriptLine(
              started.plusMillis(i),
              i % 6 == 0 ? TranscriptLine.Direction.CLIENT : TranscriptLine.Direction.SERVER,
              "250-EXTENSION-" + i + " with a realistic amount of text " + random.nextInt(100000)));
    }
    return lines;
  }

  /** Severity mix: a third clean, the rest with one to four findings up to ERROR. */
  private List<Finding> findings() {
    List<Finding> all = template.findings();
    int keep = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(all.size());
    List<Finding> out = new ArrayList<>(all.subList(0, keep));
    if (out.stream().noneMatch(f -> f.severity() == Severity.ERROR) && random.nextBoolean()) {
      out.removeIf(f -> f.severity() == Severity.WARNING);
    }
    return out;
  }
}
