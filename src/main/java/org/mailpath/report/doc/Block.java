package org.mailpath.report.doc;

import java.util.List;

/**
 * One piece of a report, independent of the output format: sections build blocks, and the PDF and
 * Markdown renderers each know how to draw every kind. All text in a block is plain text; it may be
 * server-supplied and is escaped by the renderer, never by the section.
 */
public sealed interface Block {

  /** The report's title, large, with a line under it. */
  record Title(String title, String subtitle) implements Block {}

  /** A heading; level 1 starts a section, level 2 a part of it (one host), level 3 below that. */
  record Heading(int level, String text) implements Block {}

  record Paragraph(String text, Tone tone) implements Block {
    public Paragraph(String text) {
      this(text, Tone.NEUTRAL);
    }
  }

  /** Statements shown as a list. */
  record Bullets(List<String> items) implements Block {
    public Bullets {
      items = List.copyOf(items);
    }
  }

  /** Label/value pairs, shown as a two-column table without a header. */
  record Facts(List<Fact> facts) implements Block {
    public Facts {
      facts = List.copyOf(facts);
    }
  }

  /**
   * A table whose header repeats on every page it spans; a {@code compact} one is set smaller, for
   * many narrow columns whose words must stay whole (the exposure matrix).
   */
  record Table(List<Column> columns, List<List<Cell>> rows, boolean compact) implements Block {
    public Table {
      columns = List.copyOf(columns);
      rows = rows.stream().map(List::copyOf).toList();
    }

    public Table(List<Column> columns, List<List<Cell>> rows) {
      this(columns, rows, false);
    }
  }

  /** An SMTP dialogue: time, who spoke, and the line exactly as it crossed the wire. */
  record Transcript(List<TranscriptRow> rows) implements Block {
    public Transcript {
      rows = List.copyOf(rows);
    }
  }

  /** A boxed item with a badge: one finding, one glossary entry. */
  record Card(
      Tone tone,
      String badge,
      String title,
      String subtitle,
      String body,
      List<Fact> facts,
      List<String> evidence)
      implements Block {
    public Card {
      facts = List.copyOf(facts);
      evidence = List.copyOf(evidence);
    }
  }

  /** The list of the report's sections (its level-1 headings), with page numbers where paged. */
  record Contents() implements Block {}

  /** The following blocks start on a new page. */
  record PageBreak() implements Block {}

  record Fact(String label, String value, Tone tone, boolean mono) {
    public static Fact of(String label, String value) {
      return new Fact(label, value, Tone.NEUTRAL, false);
    }

    public static Fact mono(String label, String value) {
      return new Fact(label, value, Tone.NEUTRAL, true);
    }
  }

  /**
   * @param header the column's heading
   * @param width share of the table's width in percent, or 0 to let the table decide
   * @param mono set in a monospaced font (addresses, cipher suites, fingerprints)
   */
  record Column(String header, int width, boolean mono) {}

  record Cell(String text, Tone tone) {
    public static Cell of(String text) {
      return new Cell(text, Tone.NEUTRAL);
    }
  }

  record TranscriptRow(String time, String direction, String text) {}
}
