package org.mailpath.report.section;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.mailpath.dns.MxHost;
import org.mailpath.dns.MxResolution;
import org.mailpath.report.doc.Block;
import org.mailpath.report.doc.Block.Cell;
import org.mailpath.report.doc.Block.Column;
import org.mailpath.report.doc.Block.Fact;
import org.mailpath.report.doc.Tone;
import org.mailpath.trace.TraceReport;

/** Where mail for the domain goes: the MX table and the DNS steps that found it. */
final class MxSection implements ReportSection {

  /** One column of the MX table. A DNSSEC status column, once MxHost carries it, is one entry. */
  private record MxColumn(Column column, Function<MxHost, Cell> cell) {}

  private static final List<MxColumn> COLUMNS =
      List.of(
          new MxColumn(
              new Column("Pref.", 8, false), h -> Cell.of(Integer.toString(h.preference()))),
          new MxColumn(new Column("Mail server", 30, true), h -> Cell.of(h.name())),
          new MxColumn(
              new Column("Addresses", 22, true),
              h ->
                  h.addresses().isEmpty()
                      ? new Cell("none", Tone.ERROR)
                      : Cell.of(String.join("\n", h.addresses()))),
          new MxColumn(new Column("DNSSEC", 14, false), h -> dnssec(h.dnssec())),
          new MxColumn(new Column("Notes", 26, false), MxSection::notes));

  static Cell dnssec(org.mailpath.dns.DnssecStatus status) {
    if (status == null) {
      return Cell.of("-");
    }
    return switch (status) {
      case SECURE -> new Cell(status.label(), Tone.PASS);
      case INSECURE -> new Cell(status.label(), Tone.MUTED);
      case BOGUS -> new Cell(status.label(), Tone.ERROR);
      case INDETERMINATE -> new Cell(status.label(), Tone.WARNING);
      case UNCHECKED -> new Cell(status.label(), Tone.MUTED);
    };
  }

  @Override
  public boolean appliesTo(TraceReport report) {
    return report.resolution() != null;
  }

  @Override
  public List<Block> render(ReportContext context) {
    TraceReport r = context.report();
    MxResolution mx = r.resolution();
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Heading(1, "Where mail goes (MX)"));
    blocks.add(new Block.Paragraph(outcome(mx)));
    List<Fact> facts = new ArrayList<>();
    facts.add(Fact.of("DNS server asked", mx.server()));
    if (mx.dnssec() != null) {
      facts.add(
          new Fact(
              "DNSSEC of the MX answer",
              dnssec(mx.dnssec()).text()
                  + (mx.dnssecReason() != null ? " (" + mx.dnssecReason() + ")" : ""),
              dnssec(mx.dnssec()).tone(),
              false));
    }
    if (!mx.cnameChain().isEmpty()) {
      facts.add(Fact.mono("Aliases followed", String.join(" -> ", mx.cnameChain())));
    }
    if (mx.problem() != null) {
      facts.add(new Fact("Problem", mx.problem(), Tone.WARNING, false));
    }
    blocks.add(new Block.Facts(facts));
    if (!mx.hosts().isEmpty()) {
      List<List<Cell>> rows =
          mx.hosts().stream()
              .map(h -> COLUMNS.stream().map(c -> c.cell().apply(h)).toList())
              .toList();
      blocks.add(new Block.Table(COLUMNS.stream().map(MxColumn::column).toList(), rows));
    }
    if (!mx.records().isEmpty()) {
      blocks.add(new Block.Heading(3, "Records as received"));
      blocks.add(
          new Block.Table(
              List.of(new Column("Record", 100, true)),
              mx.records().stream().map(t -> List.of(Cell.of(t))).toList()));
    }
    if (!r.steps().isEmpty()) {
      blocks.add(new Block.Heading(3, "DNS steps"));
      blocks.add(StepTable.of(r.steps(), context));
    }
    return blocks;
  }

  private static String outcome(MxResolution mx) {
    String d = mx.domain();
    return switch (mx.outcome()) {
      case MX ->
          "DNS names "
              + mx.hosts().size()
              + " mail server(s) for "
              + d
              + "; senders try the lowest preference first.";
      case IMPLICIT ->
          d
              + " has no MX record: senders use the domain's own address instead"
              + " (RFC 5321 section 5.1).";
      case NULL_MX -> d + " publishes a null MX: it accepts no mail (RFC 7505).";
      case NXDOMAIN -> d + " does not exist in DNS.";
      case NO_MAIL_RECORDS -> d + " has neither MX nor address records.";
      case SERVFAIL -> "DNS could not answer for " + d + ".";
      case DIRECT -> "A host was traced directly; no MX lookup was made.";
    };
  }

  private static Cell notes(MxHost h) {
    List<String> notes = new ArrayList<>();
    if (!h.cnameChain().isEmpty()) {
      notes.add("alias of " + String.join(" -> ", h.cnameChain()));
    }
    if (h.addressProblem() != null) {
      notes.add(h.addressProblem());
    }
    return new Cell(
        String.join("; ", notes), h.addressProblem() == null ? Tone.NEUTRAL : Tone.WARNING);
  }
}
