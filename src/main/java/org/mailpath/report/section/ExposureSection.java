package org.mailpath.report.section;

import java.util.ArrayList;
import java.util.List;
import org.mailpath.exposure.Cell;
import org.mailpath.exposure.ExposureMatrix;
import org.mailpath.exposure.Observer;
import org.mailpath.exposure.Protection;
import org.mailpath.exposure.Row;
import org.mailpath.exposure.Visibility;
import org.mailpath.report.doc.Block;
import org.mailpath.report.doc.Block.Column;
import org.mailpath.report.doc.Tone;
import org.mailpath.trace.TraceReport;

/** Who can read which part of a default message on the traced path (the exposure matrix). */
final class ExposureSection implements ReportSection {

  /** The mark of a part the recipient's own mail client reads: the message reached its reader. */
  static final String INTENDED_READER = "reader";

  @Override
  public boolean appliesTo(TraceReport report) {
    return report.exposure() != null;
  }

  @Override
  public List<Block> render(ReportContext context) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Heading(1, "Who can read what"));
    blocks.addAll(matrix(context.report().exposure()));
    return blocks;
  }

  /** The matrix's summary, legend and table, without a heading. */
  static List<Block> matrix(ExposureMatrix m) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Paragraph(m.summary(), Tone.WARNING));
    blocks.add(
        new Block.Paragraph(
            "An example message sent with "
                + (m.protection() == Protection.NONE
                    ? "no end-to-end protection"
                    : m.protection().label())
                + ". READ: readable now;"
                + " reader: the recipient's own mail client, the person the message is for;"
                + " DOWNGRADE: readable once an active attacker strips STARTTLS or forces a weaker"
                + " MX; protected; absent: the part never reaches that observer. The reason and RFC"
                + " of every cell are in the JSON export.",
            Tone.MUTED));
    List<Column> columns = new ArrayList<>();
    columns.add(new Column("Part", 16, false));
    for (Observer o : Observer.values()) {
      // Equal room, in the compact table's smaller type: "Submission" and "DOWNGRADE" stay whole.
      columns.add(new Column(o.shortLabel(), 12, false));
    }
    List<List<Block.Cell>> rows = new ArrayList<>();
    for (Row row : m.rows()) {
      List<Block.Cell> cells = new ArrayList<>();
      cells.add(Block.Cell.of(row.part().label()));
      for (Cell cell : row.cells()) {
        cells.add(cell(cell));
      }
      rows.add(cells);
    }
    blocks.add(new Block.Table(columns, rows, true));
    return blocks;
  }

  /** What the intended reader reads is no exposure: it is marked as the reader, not in danger. */
  static Block.Cell cell(Cell cell) {
    if (cell.observer().intendedReader() && cell.visibility() == Visibility.READABLE) {
      return new Block.Cell(INTENDED_READER, Tone.PASS);
    }
    return new Block.Cell(cell.visibility().mark(), tone(cell.visibility()));
  }

  private static Tone tone(Visibility v) {
    return switch (v) {
      case READABLE -> Tone.ERROR;
      case READABLE_IF_DOWNGRADED -> Tone.WARNING;
      case PROTECTED -> Tone.PASS;
      case ABSENT -> Tone.MUTED;
    };
  }
}
