package org.mailpath.history;

import java.io.IOException;
import org.mailpath.trace.TraceReport;

/**
 * The trace report as the history keeps it: JSON in a format that belongs to the store, not to the
 * {@code --json} renderer, so either can change without breaking the other. Every row records the
 * format it was written in (column {@code report_format}), and every format ever written stays
 * readable here.
 */
final class ReportCodec {

  /**
   * The record components of {@link TraceReport} by name, instants and durations as ISO-8601 text,
   * unknown properties ignored ({@link RecordJson}). This is what mailpath stored (through the
   * report renderer's JSON) before the history had a codec of its own, so every row of those
   * databases is format 1.
   */
  static final int FORMAT_1 = 1;

  /** The format new rows are written in. */
  static final int CURRENT = FORMAT_1;

  private ReportCodec() {}

  /** The report in the {@link #CURRENT} format. */
  static String write(TraceReport report) {
    try {
      return RecordJson.write(report);
    } catch (RuntimeException e) {
      throw new HistoryException(
          "the report of " + report.target() + " cannot be put in a form to store", e);
    }
  }

  /** The report stored as {@code json} in {@code format}. */
  static TraceReport read(int format, String json) {
    if (format != FORMAT_1) {
      throw new HistoryException(
          "the session is stored in report format "
              + format
              + ", which this mailpath does not know; use a newer mailpath");
    }
    try {
      return RecordJson.read(json, TraceReport.class);
    } catch (IOException e) {
      throw new HistoryException("the stored report no longer reads", e);
    }
  }
}
