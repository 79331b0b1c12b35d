package org.mailpath.ui.common;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.mailpath.context.StepStatus;
import org.mailpath.finding.Severity;

/** How times, durations and statuses read on screen. */
public final class Formats {

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
  private static final DateTimeFormatter TIME_OF_DAY =
      DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());

  private Formats() {}

  /** "850 ms", "1.23 s"; empty for null. */
  public static String duration(Duration value) {
    if (value == null) {
      return "";
    }
    long millis = value.toMillis();
    if (millis < 1000) {
      return millis + " ms";
    }
    return String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
  }

  public static String dateTime(Instant value) {
    return value == null ? "" : DATE_TIME.format(value);
  }

  public static String date(Instant value) {
    return value == null ? "" : DATE.format(value);
  }

  public static String timeOfDay(Instant value) {
    return value == null ? "" : TIME_OF_DAY.format(value);
  }

  /** "Pass", "Info", "Warning", "Error". */
  public static String severity(Severity value) {
    return value == null ? "" : value.label();
  }

  /** "Done", "Running", "Warning", "Failed", "Skipped", "Cancelled". */
  public static String status(StepStatus value) {
    return value == null ? "" : sentence(value.label());
  }

  /** A core label ("not applicable") as the start of a line on screen ("Not applicable"). */
  public static String sentence(String label) {
    return label == null || label.isEmpty()
        ? ""
        : label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
  }
}
