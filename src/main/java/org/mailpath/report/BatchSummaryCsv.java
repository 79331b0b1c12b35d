package org.mailpath.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.mailpath.report.BatchReport.Bar;
import org.mailpath.report.BatchReport.Chart;
import org.mailpath.report.BatchReport.Headline;

/**
 * A batch summary as CSV (RFC 4180): one row per headline number and per bar, so a spreadsheet can
 * redraw every chart of the PDF. Columns: chart, group, category, targets.
 */
public final class BatchSummaryCsv {

  public static final List<String> HEADER = List.of("chart", "group", "category", "targets");

  private BatchSummaryCsv() {}

  public static void write(BatchReport report, Writer out) throws IOException {
    line(out, HEADER);
    for (Headline headline : report.headlines()) {
      line(out, List.of("Headline", "", headline.label(), headline.value()));
    }
    for (Chart chart : report.charts()) {
      for (Bar bar : chart.bars()) {
        line(
            out,
            List.of(
                chart.title(),
                bar.group() == null ? "" : bar.group(),
                bar.label(),
                Integer.toString(bar.count())));
      }
    }
  }

  private static void line(Writer out, List<String> cells) throws IOException {
    StringBuilder line = new StringBuilder();
    for (String cell : cells) {
      if (line.length() > 0) {
        line.append(',');
      }
      line.append(quoted(cell));
    }
    out.write(line.append("\r\n").toString()); // RFC 4180 §2.1
  }

  // RFC 4180 §2.6-2.7: a field with a comma, quote or line break is quoted, its quotes doubled.
  static String quoted(String cell) {
    if (cell.indexOf(',') < 0
        && cell.indexOf('"') < 0
        && cell.indexOf('\n') < 0
        && cell.indexOf('\r') < 0) {
      return cell;
    }
    return '"' + cell.replace("\"", "\"\"") + '"';
  }
}
