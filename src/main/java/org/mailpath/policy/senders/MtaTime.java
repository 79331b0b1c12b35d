package org.mailpath.policy.senders;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time values as MTAs write them ("300s", "4d", "1h30m") and as people read them ("5 minutes", "4
 * days 5 hours").
 */
public final class MtaTime {
  private MtaTime() {}

  public static final long MINUTE = 60;
  public static final long HOUR = 60 * MINUTE;
  public static final long DAY = 24 * HOUR;

  /**
   * The longest time value read: 100 years, far beyond any queue lifetime an MTA documents, and far
   * enough from a long's limit that sums and doublings of it cannot overflow.
   */
  static final long MAX_SECONDS = 100 * 365 * DAY;

  // postconf(5): "Time units: s (seconds), m (minutes), h (hours), d (days), w (weeks)"; Exim spec
  // §6.15 "Time intervals": the same letters, several may follow one another ("1h30m").
  private static final Pattern PART = Pattern.compile("(\\d+)([smhdw]?)");

  /**
   * Seconds in a time value; a number without a unit is in {@code defaultUnit} ('s', 'm', 'h', 'd'
   * or 'w'), as each MTA documents per setting.
   */
  public static long seconds(String value, char defaultUnit) {
    String text = value.strip().toLowerCase(Locale.ROOT);
    Matcher m = PART.matcher(text);
    long total = 0;
    int at = 0;
    while (at < text.length() && m.find(at) && m.start() == at) {
      char unit = m.group(2).isEmpty() ? defaultUnit : m.group(2).charAt(0);
      total = add(total, m.group(1), unitSeconds(unit), value);
      at = m.end();
    }
    if (at != text.length() || text.isEmpty()) {
      throw new IllegalArgumentException("not a time value: " + value);
    }
    return total;
  }

  /** {@code total} plus {@code digits} units, refused when it exceeds MAX_SECONDS. */
  private static long add(long total, String digits, long unit, String value) {
    // 19 digits overflow a long before the unit is applied; any of them is past MAX_SECONDS.
    long count = digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
    if (count > (MAX_SECONDS - total) / unit) {
      throw new IllegalArgumentException(
          "time value " + value.strip() + " is longer than " + MAX_SECONDS / DAY + " days");
    }
    return total + count * unit;
  }

  private static long unitSeconds(char unit) {
    return switch (unit) {
      case 's' -> 1;
      case 'm' -> MINUTE;
      case 'h' -> HOUR;
      case 'd' -> DAY;
      case 'w' -> 7 * DAY;
      default -> throw new IllegalArgumentException("not a time unit: " + unit);
    };
  }

  /** "4 days 5 hours", "66 minutes 40 seconds", "a few seconds" for zero; at most two units. */
  public static String words(long seconds) {
    if (seconds <= 0) {
      return "a few seconds";
    }
    long[] sizes = {DAY, HOUR, MINUTE, 1};
    String[] names = {"day", "hour", "minute", "second"};
    List<String> parts = new ArrayList<>();
    long left = seconds;
    for (int i = 0; i < sizes.length && parts.size() < 2; i++) {
      long n = left / sizes[i];
      if (n > 0) {
        parts.add(n + " " + names[i] + (n == 1 ? "" : "s"));
        left -= n * sizes[i];
      } else if (!parts.isEmpty()) {
        break;
      }
    }
    return String.join(" ", parts);
  }
}
