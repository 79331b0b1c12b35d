package org.mailpath.policy.senders;

import java.util.ArrayList;
import java.util.List;

/** Exim's queue after a deferral, from its default configuration (Exim spec, chapter 32). */
final class EximRetry {
  private EximRetry() {}

  static RetrySchedule schedule() {
    EximRetryRule rule =
        EximRetryRule.parse(
            RetrySchedules.EXIM_RETRY_RULE,
            MtaTime.seconds(RetrySchedules.EXIM_RETRY_INTERVAL_MAX, 's'));
    List<Long> times = rule.times();
    long cutoff = rule.finalCutoff();
    long bounced = times.get(times.size() - 1);
    long every = MtaTime.seconds(RetrySchedules.EXIM_DELAY_WARNING, 's');
    List<Long> warnings = new ArrayList<>();
    for (long t = every; t < bounced; t += every) {
      warnings.add(t);
    }
    return new RetrySchedule(
        "Exim 4.96 default configuration (Debian 12)",
        times.subList(0, times.size() - 1),
        "every 15 minutes for 2 hours, then at intervals from 1 hour growing by 1.5 times up to"
            + " 16 hours, then every 6 hours until 4 days: the retry rule \"* * "
            + RetrySchedules.EXIM_RETRY_RULE
            + "\" (Debian exim4-config retry/30_exim4-config, as in Exim's default configure; Exim"
            + " spec §32.7). Retry times are kept per host and are \"hints rather than promises\":"
            + " Debian starts a queue run every 30 minutes (QUEUEINTERVAL='30m', /etc/init.d/exim4),"
            + " so the 15-minute retries come about every 30 minutes",
        warnings,
        "after "
            + MtaTime.words(every)
            + ", then every "
            + MtaTime.words(every)
            + ": delay_warning defaults to "
            + RetrySchedules.EXIM_DELAY_WARNING
            + "; \"If you set just one time, it specifies the repeat interval\" (Exim spec, chapter"
            + " 14, delay_warning)",
        cutoff,
        "after "
            + MtaTime.words(cutoff)
            + ": once the last cutoff (4d) has passed, \"a subsequent delivery failure causes Exim"
            + " to give up on the address, and a bounce message is generated\" (Exim spec §32.10"
            + " \"Long-term failures\"); with this rule that attempt is due about "
            + MtaTime.words(bounced)
            + " after the first failure",
        List.of(
            "Exim spec (4.96), chapter 32 \"Retry configuration\" and chapter 14 (delay_warning,"
                + " retry_interval_max = 24h); Debian exim4-config 4.96 retry/30_exim4-config"
                + " (RealMtaRetryDefaultsTest compares exim -brt and exim -bP)"));
  }
}
