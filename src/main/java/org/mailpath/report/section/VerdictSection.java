package org.mailpath.report.section;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.mailpath.finding.Finding;
import org.mailpath.finding.Severity;
import org.mailpath.report.doc.Block;
import org.mailpath.report.doc.Tone;
import org.mailpath.trace.TraceReport;

/** The verdict in plain words: the worst outcome, the findings counted, one sentence per host. */
final class VerdictSection implements ReportSection {

  private static final Map<Severity, String> WORDS =
      Map.of(
          Severity.ERROR, "error",
          Severity.INCONCLUSIVE, "inconclusive result",
          Severity.WARNING, "warning",
          Severity.INFO, "note",
          Severity.PASS, "passed check");

  @Override
  public boolean appliesTo(TraceReport report) {
    return true;
  }

  @Override
  public List<Block> render(ReportContext context) {
    TraceReport r = context.report();
    Severity worst = r.worstSeverity();
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Heading(1, "Verdict"));
    blocks.add(new Block.Paragraph(headline(r.domain(), worst), Tone.of(worst)));
    blocks.add(new Block.Paragraph(counts(r.findings())));
    if (r.cancelled()) {
      blocks.add(
          new Block.Paragraph(
              "The trace was cancelled before it finished, so this report is incomplete.",
              Tone.WARNING));
    }
    List<String> hosts = r.connections().stream().map(HostSummary::sentence).toList();
    if (!hosts.isEmpty()) {
      blocks.add(new Block.Heading(3, "Mail servers"));
      blocks.add(new Block.Bullets(hosts));
    }
    List<String> worstFindings =
        r.findings().stream()
            .filter(f -> f.severity().compareTo(Severity.WARNING) >= 0)
            .map(f -> f.code() + " - " + f.explanation())
            .distinct()
            .toList();
    if (!worstFindings.isEmpty()) {
      blocks.add(new Block.Heading(3, "What needs attention"));
      blocks.add(new Block.Bullets(worstFindings));
    }
    blocks.add(new Block.PageBreak());
    return blocks;
  }

  static String headline(String domain, Severity worst) {
    return switch (worst) {
      case ERROR ->
          "Mail to "
              + domain
              + " fails or travels unprotected for ordinary senders on at least part of its path.";
      case INCONCLUSIVE ->
          "mailpath could not reach a verdict on part of the path to "
              + domain
              + ": a server was slow, answered \"try again later\", or the network in between"
              + " stood in the way. Nothing here is blamed on the domain; trace again later or"
              + " from another network.";
      case WARNING ->
          "Mail to "
              + domain
              + " is delivered, but some senders fall back to weaker protection and strict senders"
              + " may refuse.";
      case INFO, PASS -> "Mail to " + domain + " is delivered over TLS; no problem was found.";
    };
  }

  private static String counts(List<Finding> findings) {
    if (findings.isEmpty()) {
      return "The trace raised no findings.";
    }
    Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
    findings.forEach(f -> bySeverity.merge(f.severity(), 1, Integer::sum));
    List<String> parts = new ArrayList<>();
    for (Severity s :
        List.of(
            Severity.ERROR,
            Severity.INCONCLUSIVE,
            Severity.WARNING,
            Severity.INFO,
            Severity.PASS)) {
      Integer n = bySeverity.get(s);
      if (n != null) {
        parts.add(n + " " + WORDS.get(s) + (n == 1 ? "" : "s"));
      }
    }
    return "The trace raised "
        + findings.size()
        + (findings.size() == 1 ? " finding: " : " findings: ")
        + String.join(", ", parts)
        + ".";
  }
}
