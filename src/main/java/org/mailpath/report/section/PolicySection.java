package org.mailpath.report.section;

import java.util.ArrayList;
import java.util.List;
import org.mailpath.policy.PolicyReport;
import org.mailpath.policy.dane.DaneApplicability.Decision;
import org.mailpath.policy.dane.DaneResult;
import org.mailpath.policy.sts.StsFetchResult;
import org.mailpath.report.doc.Block;
import org.mailpath.report.doc.Block.Cell;
import org.mailpath.report.doc.Block.Column;
import org.mailpath.report.doc.Block.Fact;
import org.mailpath.report.doc.Tone;
import org.mailpath.trace.TraceReport;

/** What the domain asks senders to enforce: MTA-STS, TLS-RPT, DANE per MX host, REQUIRETLS. */
final class PolicySection implements ReportSection {

  private static final List<Column> DANE_COLUMNS =
      List.of(
          new Column("MX host", 26, true),
          new Column("TLSA", 30, true),
          new Column("DNSSEC", 12, false),
          new Column("DANE demands", 16, false),
          new Column("Match", 16, false));

  @Override
  public boolean appliesTo(TraceReport report) {
    return report.policy() != null;
  }

  @Override
  public List<Block> render(ReportContext context) {
    PolicyReport p = context.report().policy();
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Heading(1, "What the domain demands"));
    List<Fact> facts = new ArrayList<>();
    facts.add(
        Fact.of(
            "MTA-STS record",
            p.stsRecord().status().label()
                + (p.stsRecord().id() != null ? ", id " + p.stsRecord().id() : "")
                + (p.stsRecord().problem() != null ? " — " + p.stsRecord().problem() : "")));
    if (p.stsPolicy() != null) {
      var fetched = p.stsPolicy();
      facts.add(
          new Fact(
              "MTA-STS policy",
              fetched.outcome().label()
                  + (fetched.policy() != null
                      ? ", mode "
                          + fetched.policy().mode().keyword()
                          + ", max_age "
                          + fetched.policy().maxAgeSeconds()
                          + ", mx "
                          + fetched.policy().mxPatterns()
                      : "")
                  + (fetched.detail() != null ? " — " + fetched.detail() : ""),
              fetched.outcome() == StsFetchResult.Outcome.OK ? Tone.NEUTRAL : Tone.ERROR,
              false));
    }
    facts.add(
        Fact.of(
            "TLS-RPT",
            p.tlsRpt().status().label()
                + (p.tlsRpt().record() != null ? ": " + p.tlsRpt().record() : "")));
    facts.add(
        new Fact(
            "REQUIRETLS",
            p.requireTls().outcome().label() + " — " + p.requireTls().reason(),
            Tone.NEUTRAL,
            false));
    blocks.add(new Block.Facts(facts));
    if (!p.dane().isEmpty()) {
      blocks.add(new Block.Heading(2, "DANE (RFC 7672)"));
      List<List<Cell>> rows = new ArrayList<>();
      for (PolicyReport.DaneHost d : p.dane()) {
        String match =
            d.checks().isEmpty()
                ? "-"
                : String.join(
                    ", ",
                    d.checks().stream()
                        .map(c -> c.connectionId() + " " + DaneResult.Status.labelOf(c.status()))
                        .toList());
        Tone tone =
            d.checks().stream().anyMatch(c -> !c.status().equals(DaneResult.Status.MATCH.name()))
                ? Tone.ERROR
                : d.checks().isEmpty() ? Tone.NEUTRAL : Tone.PASS;
        rows.add(
            List.of(
                Cell.of(d.mxHost()),
                Cell.of(
                    d.tlsaRecords().isEmpty()
                        ? (d.tlsaName() == null ? "not looked up" : "none")
                        : String.join("\n", d.tlsaRecords())),
                MxSection.dnssec(d.tlsaDnssec()),
                Cell.of(Decision.labelOf(d.decision())),
                new Cell(match, tone)));
      }
      blocks.add(new Block.Table(DANE_COLUMNS, rows));
    }
    return blocks;
  }
}
