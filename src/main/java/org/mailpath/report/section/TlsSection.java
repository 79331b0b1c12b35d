package org.mailpath.report.section;

import java.util.ArrayList;
import java.util.List;
import org.mailpath.report.doc.Block;
import org.mailpath.report.doc.Block.Cell;
import org.mailpath.report.doc.Block.Column;
import org.mailpath.report.doc.Block.Fact;
import org.mailpath.report.doc.Tone;
import org.mailpath.tls.TlsObservation;
import org.mailpath.tls.VersionResult;
import org.mailpath.trace.ConnectionReport;
import org.mailpath.trace.TraceReport;

/** Per mail server: the STARTTLS handshake and the version sweep, with Extended Master Secret. */
final class TlsSection implements ReportSection {

  private static final List<Column> SWEEP_COLUMNS =
      List.of(
          new Column("Version", 11, false),
          new Column("Result", 15, false),
          new Column("Cipher suite", 34, true),
          new Column("Group", 11, true),
          new Column("EMS", 7, false),
          new Column("Detail", 22, false));

  @Override
  public boolean appliesTo(TraceReport report) {
    return report.connections().stream().anyMatch(TlsSection::hasTls);
  }

  private static boolean hasTls(ConnectionReport c) {
    return c.tls() != null || !c.versions().isEmpty();
  }

  @Override
  public List<Block> render(ReportContext context) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Heading(1, "TLS versions"));
    blocks.add(
        new Block.Paragraph(
            "The first handshake offers every version mailpath knows, as a modern sender does."
                + " The sweep then offers each version alone, in its own session, to learn every"
                + " version the server accepts. EMS is Extended Master Secret (RFC 7627); it does"
                + " not apply to TLS 1.3.",
            Tone.MUTED));
    for (ConnectionReport c : context.report().connections()) {
      if (!hasTls(c)) {
        continue;
      }
      blocks.add(new Block.Heading(2, c.plan().id() + "  " + c.plan().label()));
      if (c.tls() != null) {
        blocks.add(new Block.Facts(handshake(c.tls())));
      }
      if (!c.versions().isEmpty()) {
        blocks.add(new Block.Heading(3, "Version sweep"));
        blocks.add(
            new Block.Table(SWEEP_COLUMNS, c.versions().stream().map(TlsSection::row).toList()));
      }
    }
    return blocks;
  }

  private static List<Fact> handshake(TlsObservation tls) {
    List<Fact> facts = new ArrayList<>();
    facts.add(Fact.of("Offered", tls.offered()));
    if (tls.established()) {
      facts.add(new Fact("Handshake", "completed", Tone.PASS, false));
      facts.add(Fact.of("Version", tls.version()));
      facts.add(Fact.mono("Cipher suite", tls.cipherSuite()));
      if (tls.keyExchangeGroup() != null) {
        facts.add(Fact.mono("Key exchange group", tls.keyExchangeGroup()));
      }
      facts.add(
          new Fact(
              "Extended Master Secret",
              ems(tls.extendedMasterSecret()),
              emsTone(tls.extendedMasterSecret()),
              false));
    } else {
      facts.add(new Fact("Handshake", "failed: " + tls.failure(), Tone.ERROR, false));
    }
    return facts;
  }

  private static List<Cell> row(VersionResult v) {
    return List.of(
        Cell.of(v.version()),
        new Cell(status(v.status()), tone(v)),
        Cell.of(orDash(v.cipherSuite())),
        Cell.of(orDash(v.keyExchangeGroup())),
        new Cell(orDash(v.extendedMasterSecret()), emsTone(v.extendedMasterSecret())),
        Cell.of(v.detail() == null ? "" : v.detail()));
  }

  private static String status(VersionResult.Status status) {
    return switch (status) {
      case ACCEPTED -> "accepted";
      case REFUSED -> "refused";
      case NOT_TESTED -> "not tested";
      case UNDETERMINED -> "undetermined";
    };
  }

  /** An accepted TLS 1.0/1.1 is a weakness; a refused one is good news. */
  private static Tone tone(VersionResult v) {
    boolean obsolete = v.version().equals("TLSv1.0") || v.version().equals("TLSv1.1");
    return switch (v.status()) {
      case ACCEPTED -> obsolete ? Tone.WARNING : Tone.PASS;
      case REFUSED -> obsolete ? Tone.PASS : Tone.WARNING;
      case NOT_TESTED, UNDETERMINED -> Tone.MUTED;
    };
  }

  static String ems(String value) {
    if (value == null) {
      return "-";
    }
    return switch (value) {
      case "yes" -> "yes";
      case "no" -> "no - the session keys are not bound to the handshake (RFC 7627)";
      case "n/a" -> "not applicable (TLS 1.3)";
      default -> value;
    };
  }

  private static Tone emsTone(String value) {
    if ("yes".equals(value)) {
      return Tone.PASS;
    }
    return "no".equals(value) ? Tone.WARNING : Tone.NEUTRAL;
  }

  private static String orDash(String s) {
    return s == null ? "-" : s;
  }
}
