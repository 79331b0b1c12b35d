package org.mailpath.report.section;

import java.util.ArrayList;
import java.util.List;
import org.mailpath.policy.senders.RetryTimeline;
import org.mailpath.policy.senders.SenderOutcome;
import org.mailpath.report.doc.Block;
import org.mailpath.report.doc.Block.Cell;
import org.mailpath.report.doc.Block.Column;
import org.mailpath.report.doc.Tone;
import org.mailpath.trace.TraceReport;

/** What each kind of sender would do with a message to this domain, and the RFC that decides it. */
final class OutcomesSection implements ReportSection {

  private static final List<Column> COLUMNS =
      List.of(
          // "deliver-authenticated-tls" and "TLSv1.0" stay whole; sources are long sentences.
          new Column("Sender", 13, false),
          new Column("Outcome", 19, false),
          new Column("TLS", 10, false),
          new Column("Via", 12, true),
          new Column("Why", 24, false),
          new Column("Source", 22, false));

  @Override
  public boolean appliesTo(TraceReport report) {
    return !report.outcomes().isEmpty();
  }

  @Override
  public List<Block> render(ReportContext context) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Heading(1, "What each sender would do"));
    blocks.add(
        new Block.Paragraph(
            "Each row is one real sender at one TLS level; it walks the MX hosts in preference"
                + " order as that sender would, using what the trace observed and that sender's"
                + " documented (or measured) behaviour; what no source says is marked not known. Defer means the message stays queued and is retried"
                + " (RFC 5321 §4.5.4.1) until the sender's queue lifetime, then returned.",
            Tone.MUTED));
    blocks.add(table(context.report().outcomes()));
    blocks.addAll(RetryTimelineBlocks.render(RetryTimeline.rows(context.report().outcomes())));
    return blocks;
  }

  /** One row per outcome: sender, outcome word, TLS version, host, why, source. */
  static Block.Table table(List<SenderOutcome> outcomes) {
    List<List<Cell>> rows = new ArrayList<>();
    for (SenderOutcome o : outcomes) {
      rows.add(
          List.of(
              Cell.of(o.sender()),
              new Cell(o.delivery(), tone(o)),
              Cell.of(o.tlsVersion() == null ? "-" : o.tlsVersion()),
              Cell.of(o.host() == null ? "-" : o.host()),
              Cell.of(
                  o.reason()
                      + (o.assumes().isEmpty() ? "" : "\n" + String.join("\n", o.assumes()))
                      + (o.notes().isEmpty() ? "" : "\n" + String.join("\n", o.notes()))),
              Cell.of(o.source())));
    }
    return new Block.Table(COLUMNS, rows);
  }

  /** The outcome's mark, as {@link org.mailpath.policy.senders.Delivery#severity} decides it. */
  static Tone tone(SenderOutcome o) {
    return Tone.of(o.kind().severity());
  }
}
