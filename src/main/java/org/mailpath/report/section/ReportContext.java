package org.mailpath.report.section;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import org.mailpath.trace.TraceReport;

/**
 * What a section renders from: the stored report, and how the reader wants times shown.
 *
 * @param report the stored trace report, never re-run
 * @param sessionId the history id, or null when the report was not stored
 * @param zone the time zone dates are shown in (named on the cover)
 */
public record ReportContext(TraceReport report, Long sessionId, ZoneId zone) {

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss zzz (xxx)", Locale.ROOT);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

  public ReportContext {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(zone, "zone");
  }

  /** "2026-11-28 22:30:05 CET (+01:00)". */
  public String dateTime(Instant instant) {
    return instant == null ? "-" : DATE_TIME.format(instant.atZone(zone));
  }

  /** "2026-11-28". */
  public String date(Instant instant) {
    return instant == null ? "-" : DATE.format(instant.atZone(zone));
  }

  /** Time since the trace started, "+0.123 s": what a trainer points at on a timeline. */
  public String sinceStart(Instant instant) {
    if (instant == null || report.started() == null) {
      return "";
    }
    return "+" + seconds(Duration.between(report.started(), instant));
  }

  /** "1.834 s", "12 ms". */
  public static String seconds(Duration d) {
    if (d == null) {
      return "-";
    }
    if (d.toMillis() < 1000) {
      return d.toMillis() + " ms";
    }
    return String.format(Locale.ROOT, "%.3f s", d.toNanos() / 1e9);
  }
}
