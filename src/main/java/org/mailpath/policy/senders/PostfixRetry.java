package org.mailpath.policy.senders;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Postfix's queue after a deferral, from its settings (postconf(5), qmgr(8)). */
final class PostfixRetry {
  private PostfixRetry() {}

  /** The schedule the settings give; {@code settings} as {@code postconf -d} prints them. */
  static RetrySchedule schedule(Map<String, String> settings) {
    return schedule(settings, "Postfix 3.7 defaults (Debian 12)");
  }

  /** The schedule {@code settings} give, named {@code name} ("your Postfix settings"). */
  static RetrySchedule schedule(Map<String, String> settings, String name) {
    // postconf(5): each setting's default time unit is named in its entry.
    long minimal = MtaTime.seconds(settings.get("minimal_backoff_time"), 's');
    long maximal = MtaTime.seconds(settings.get("maximal_backoff_time"), 's');
    long scan = MtaTime.seconds(settings.get("queue_run_delay"), 's');
    long warning = MtaTime.seconds(settings.get("delay_warning_time"), 'h');
    long lifetime = MtaTime.seconds(settings.get("maximal_queue_lifetime"), 'd');
    return new RetrySchedule(
        name,
        attempts(minimal, maximal, lifetime),
        "after "
            + MtaTime.words(minimal)
            + " (minimal_backoff_time = "
            + settings.get("minimal_backoff_time")
            + "), then \"the time interval between delivery attempts is doubled after each"
            + " attempt\" (qmgr(8), exponential backoff) up to "
            + MtaTime.words(maximal)
            + " (maximal_backoff_time = "
            + settings.get("maximal_backoff_time")
            + "); the queue manager scans the deferred queue every "
            + MtaTime.words(scan)
            + " (queue_run_delay = "
            + settings.get("queue_run_delay")
            + "), so an attempt may come that much later (postconf(5))",
        warning == 0 ? List.of() : List.of(warning),
        warning == 0
            ? "none: delay_warning_time = "
                + settings.get("delay_warning_time")
                + " is off; \"To enable this feature, specify a non-zero time value\" (postconf(5))"
            : "after " + MtaTime.words(warning) + " (delay_warning_time, postconf(5))",
        lifetime,
        "after "
            + MtaTime.words(lifetime)
            + ": maximal_queue_lifetime = "
            + settings.get("maximal_queue_lifetime")
            + ", \"Consider a message as undeliverable, when delivery fails with a temporary"
            + " error, and the time in the queue has reached the maximal_queue_lifetime limit\""
            + " (postconf(5)): the first attempt that fails after that returns it",
        List.of(
            "postconf(5) and qmgr(8), Postfix 3.7; the values are what postconf -d prints on"
                + " Debian 12 (RealMtaRetryDefaultsTest)",
            "bounce_queue_lifetime = "
                + settings.get("bounce_queue_lifetime")
                + " applies to the bounce message itself when it cannot be delivered"
                + " (postconf(5))"));
  }

  /**
   * At most this many attempts are listed. Postfix's defaults give about 110 (five days, 300 s
   * doubling to 4000 s); an excerpt with a 1 s backoff and a lifetime of years would give millions,
   * more than a chart, a report or the heap can hold.
   */
  static final int MAX_ATTEMPTS = 1_000;

  /**
   * 0, then the doubling interval from {@code minimal}, capped at {@code maximal}, while before
   * {@code lifetime}. The first attempt is always there: maximal_queue_lifetime = 0 means "tried
   * only once" (postconf(5)), not "never tried".
   */
  static List<Long> attempts(long minimal, long maximal, long lifetime) {
    List<Long> times = new ArrayList<>(List.of(0L));
    // postconf(5) gives both backoff times a minimum of 1s: a gap of 0 would never advance.
    long gap = Math.max(1, minimal);
    for (long t = 0; gap < lifetime - t && times.size() < MAX_ATTEMPTS; gap = next(gap, maximal)) {
      t += gap;
      times.add(t);
    }
    return times;
  }

  private static long next(long gap, long maximal) {
    return Math.max(1, Math.min(gap > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : 2 * gap, maximal));
  }
}
