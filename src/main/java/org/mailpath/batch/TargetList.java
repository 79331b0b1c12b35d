package org.mailpath.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The targets of a batch, read from text: one target per line (blank lines and lines starting with
 * {@code #} are skipped), or, when a column is named, the cells of that column of a CSV file whose
 * first line is a header.
 */
public final class TargetList {

  /** A bound on what one list may hold, so a wrong file (a disk image) fails fast. */
  public static final int MAX_TARGETS = 1_000_000;

  /** RFC 5321 §4.5.3.1.3: a path is at most 256 octets; a longer line is not a target. */
  static final int MAX_LINE = 1024;

  private TargetList() {}

  /** The targets in {@code file}; {@code column} null for one target per line. */
  public static List<String> read(Path file, String column) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, column);
    }
  }

  /** The targets in {@code text} (pasted into the window). */
  public static List<String> parse(String text, String column) {
    try {
      return read(new StringReader(text), column);
    } catch (IOException e) {
      throw new IllegalStateException("a StringReader does not fail", e);
    }
  }

  static List<String> read(Reader source, String column) throws IOException {
    BufferedReader reader = new BufferedReader(source);
    List<String> targets = new ArrayList<>();
    int columnIndex = -1;
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.length() > MAX_LINE) {
        throw new IllegalArgumentException("line " + number + " is longer than " + MAX_LINE);
      }
      String trimmed = line.strip();
      if (number == 1 && trimmed.startsWith("\uFEFF")) {
        trimmed = trimmed.substring(1); // a byte-order mark some spreadsheets write
      }
      if (trimmed.isEmpty() || (column == null && trimmed.startsWith("#"))) {
        continue;
      }
      String target;
      if (column == null) {
        target = trimmed;
      } else if (columnIndex < 0) {
        columnIndex = headerIndex(CsvLine.split(trimmed), column);
        continue;
      } else {
        List<String> cells = CsvLine.split(trimmed);
        target = columnIndex < cells.size() ? cells.get(columnIndex).strip() : "";
        if (target.isEmpty()) {
          continue;
        }
      }
      targets.add(target);
      if (targets.size() > MAX_TARGETS) {
        throw new IllegalArgumentException("more than " + MAX_TARGETS + " targets");
      }
    }
    if (column != null && columnIndex < 0) {
      throw new IllegalArgumentException("no header line with a column " + column);
    }
    return List.copyOf(targets);
  }

  private static int headerIndex(List<String> header, String column) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).strip().toLowerCase(Locale.ROOT).equals(column.toLowerCase(Locale.ROOT))) {
        return i;
      }
    }
    throw new IllegalArgumentException("the header has no column " + column);
  }
}
