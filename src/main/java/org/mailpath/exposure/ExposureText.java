package org.mailpath.exposure;

import java.util.Locale;

/**
 * The matrix as fixed-width plain text: words, not colours, so it survives a pipe, a log and a
 * black-and-white printout. Builds a String; printing is the caller's business.
 */
public final class ExposureText {

  private static final int PART_WIDTH = 30;
  private static final int CELL_WIDTH = 11;

  private ExposureText() {}

  /** Heading, last hop, table, legend and summary. */
  public static String table(ExposureMatrix m) {
    StringBuilder out = new StringBuilder();
    out.append("Protection: ").append(m.protection().label());
    if (m.protection().headerProtection()) {
      out.append(", header confidentiality policy ").append(m.headerPolicy().rfcName());
    }
    out.append('\n');
    LastHop hop = m.lastHop();
    out.append("Last hop:   ")
        .append(hop.usual().basis())
        .append(" (")
        .append(hop.usual().rfc())
        .append(")\n");
    if (hop.forcedDiffers()) {
      out.append(
              "Forced hop: an active attacker can make the better MX hosts unreachable (RFC 5321"
                  + " §5.1): ")
          .append(hop.forced().basis())
          .append('\n');
    }
    out.append('\n').append(pad("Part", PART_WIDTH));
    for (Observer o : Observer.values()) {
      out.append(pad(o.shortLabel(), CELL_WIDTH));
    }
    out.setLength(out.length() - trailingSpaces(out));
    out.append('\n')
        .append("-".repeat(PART_WIDTH + CELL_WIDTH * Observer.values().length - 1))
        .append('\n');
    for (Row row : m.rows()) {
      out.append(pad(row.part().label(), PART_WIDTH));
      for (Cell cell : row.cells()) {
        out.append(pad(cell.visibility().mark(), CELL_WIDTH));
      }
      out.setLength(out.length() - trailingSpaces(out));
      out.append('\n');
    }
    out.append('\n')
        .append(
            "READ = readable   DOWNGRADE = readable once STARTTLS is stripped or a weaker MX is"
                + " forced\n")
        .append(
            "protected = encrypted end to end or on an authenticated hop   absent = never"
                + " reaches them\n")
        .append('\n')
        .append(m.summary())
        .append('\n');
    return out.toString();
  }

  /** Every cell's reason, part by part: what {@code --reasons} adds below the table. */
  public static String reasons(ExposureMatrix m) {
    StringBuilder out = new StringBuilder();
    for (Row row : m.rows()) {
      out.append(row.part().label());
      if (!row.example().isEmpty()) {
        out.append(" — ").append(row.example());
      }
      out.append('\n');
      for (Cell cell : row.cells()) {
        out.append("  ")
            .append(pad(cell.observer().label() + ":", 28))
            .append(cell.visibility().words().toUpperCase(Locale.ROOT))
            .append(". ")
            .append(cell.reason())
            .append(" [")
            .append(cell.rfc())
            .append("]\n");
      }
    }
    return out.toString();
  }

  private static String pad(String text, int width) {
    String cut = text.length() >= width ? text.substring(0, width - 1) : text;
    return cut + " ".repeat(width - cut.length());
  }

  private static int trailingSpaces(StringBuilder sb) {
    int n = 0;
    while (n < sb.length() && sb.charAt(sb.length() - 1 - n) == ' ') {
      n++;
    }
    return n;
  }
}
