package org.mailpath.batch;

import java.util.ArrayList;
import java.util.List;

/** One line of RFC 4180 CSV: split into cells, or joined from cells. */
public final class CsvLine {

  private CsvLine() {}

  /** The cells of one line; a quoted cell may hold commas and doubled quotes (RFC 4180 §2.5-7). */
  public static List<String> split(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  /**
   * One line from {@code cells}, quoting where RFC 4180 §2.6 requires it. A cell that a spreadsheet
   * would run as a formula (starting with = + - @) gets a leading apostrophe: the cells hold text
   * that came from servers.
   */
  public static String join(List<String> cells) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(quote(cells.get(i) == null ? "" : cells.get(i)));
    }
    return line.toString();
  }

  private static String quote(String cell) {
    String safe = cell;
    if (!safe.isEmpty() && "=+-@".indexOf(safe.charAt(0)) >= 0) {
      safe = "'" + safe;
    }
    if (safe.indexOf(',') < 0
        && safe.indexOf('"') < 0
        && safe.indexOf('\n') < 0
        && safe.indexOf('\r') < 0) {
      return safe;
    }
    return '"' + safe.replace("\"", "\"\"") + '"';
  }
}
