package org.mailpath.report.section;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mailpath.finding.Finding;
import org.mailpath.report.doc.Block;
import org.mailpath.report.doc.Block.Fact;
import org.mailpath.report.doc.Tone;
import org.mailpath.trace.SendersHarmed;
import org.mailpath.trace.TraceReport;

/** Every finding, worst first: severity, code, RFC section, plain explanation, evidence. */
final class FindingsSection implements ReportSection {

  @Override
  public boolean appliesTo(TraceReport report) {
    return !report.findings().isEmpty();
  }

  @Override
  public List<Block> render(ReportContext context) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Heading(1, "Findings"));
    context.report().findings().stream()
        .sorted(Comparator.comparing(Finding::severity).reversed())
        .map(f -> card(context.report(), f))
        .forEach(blocks::add);
    return blocks;
  }

  static Block.Card card(TraceReport report, Finding f) {
    List<Fact> facts = new ArrayList<>();
    facts.add(Fact.of("Rests on", f.rfc() == null ? "-" : f.rfc()));
    String harmed = SendersHarmed.sentence(report, f);
    if (!harmed.isEmpty()) {
      facts.add(Fact.of("Senders it costs", harmed));
    }
    if (f.resultType() != null) {
      facts.add(Fact.of("TLS-RPT result", f.resultType() + " (RFC 8460 §4.3)"));
    }
    if (f.detail() != null && !f.detail().isBlank()) {
      facts.add(Fact.of("Seen", f.detail()));
    }
    return new Block.Card(
        Tone.of(f.severity()),
        f.severity().label(),
        f.code(),
        f.subject(),
        f.explanation(),
        facts,
        f.evidence());
  }
}
