package org.mailpath.policy.senders;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Defer or bounce?" as a timeline: one row per retry schedule among the deferring senders, then
 * the row of a sender that bounces on the first failure; and the time axis window and reports draw
 * them on, from 0 to 5 days, stretched near 0 so that minutes and days both show.
 */
public final class RetryTimeline {
  private RetryTimeline() {}

  /**
   * One row: the senders (ids, in table order) that follow one schedule.
   *
   * @param senders the profile ids, e.g. "postfix-encrypt, postfix-verify"
   * @param schedule what they do after deferring
   */
  public record Row(String senders, RetrySchedule schedule) {}

  /** The right end of the axis: Postfix's maximal_queue_lifetime default, the longest here. */
  public static final long END = 5 * MtaTime.DAY;

  /** Below this the axis is about linear, above it about logarithmic. */
  private static final double KNEE = 5 * MtaTime.MINUTE;

  /** Where the axis is labelled. */
  public static final List<Long> TICKS =
      List.of(
          0L,
          5 * MtaTime.MINUTE,
          MtaTime.HOUR,
          4 * MtaTime.HOUR,
          MtaTime.DAY,
          2 * MtaTime.DAY,
          END);

  /** The deferring outcomes' rows, grouped by schedule, then the bounce-on-first-failure row. */
  public static List<Row> rows(List<SenderOutcome> outcomes) {
    Map<RetrySchedule, List<String>> bySchedule = new LinkedHashMap<>();
    for (SenderOutcome o : outcomes) {
      if (o.retry() != null) {
        bySchedule.computeIfAbsent(o.retry(), s -> new ArrayList<>()).add(o.sender());
      }
    }
    List<Row> rows = new ArrayList<>();
    bySchedule.forEach((schedule, ids) -> rows.add(new Row(String.join(", ", ids), schedule)));
    if (!rows.isEmpty()) {
      rows.add(new Row("bounce on first failure", RetrySchedule.BOUNCE_ON_FIRST_FAILURE));
    }
    return rows;
  }

  /** Where {@code seconds} lies on the axis, 0 at the first attempt and 1 at {@link #END}. */
  public static double position(long seconds) {
    double t = Math.max(0, Math.min(seconds, END));
    return Math.log1p(t / KNEE) / Math.log1p(END / KNEE);
  }

  /** A tick's label: "0", "5 min", "1 h", "1 day", "5 days". */
  public static String tickLabel(long seconds) {
    if (seconds == 0) {
      return "0";
    }
    if (seconds < MtaTime.HOUR) {
      return seconds / MtaTime.MINUTE + " min";
    }
    if (seconds < MtaTime.DAY) {
      return seconds / MtaTime.HOUR + " h";
    }
    long days = seconds / MtaTime.DAY;
    return days + (days == 1 ? " day" : " days");
  }
}
