package org.mailpath.policy.senders;

import java.util.ArrayList;
import java.util.List;

/**
 * The retry parameters of one Exim retry rule ("F,2h,15m; G,16h,1h,1.5; F,4d,6h") and the retry
 * times they give (Exim spec, chapter 32 "Retry configuration", §32.7 "Retry parameters").
 *
 * @param parts the parameter sets in order
 * @param maxInterval retry_interval_max: no interval is longer (Exim spec §32.7, default 24h)
 */
record EximRetryRule(List<Part> parts, long maxInterval) {

  /**
   * One parameter set: "F" fixed intervals or "G" geometrically increasing ones, applying until
   * {@code cutoff} seconds after the first failure.
   */
  record Part(char algorithm, long cutoff, long interval, double multiplier) {}

  /** Stops a rule that never passes its cutoff from running forever. */
  private static final int MAX_ATTEMPTS = 10_000;

  EximRetryRule {
    parts = List.copyOf(parts);
  }

  /** Parses the parameter sets as {@code exim -brt} prints them; times in Exim's notation. */
  static EximRetryRule parse(String text, long maxInterval) {
    List<Part> parts = new ArrayList<>();
    for (String set : text.split(";")) {
      if (set.isBlank()) {
        continue;
      }
      String[] f = set.strip().split(",");
      char algorithm = f[0].strip().charAt(0);
      long cutoff = MtaTime.seconds(f[1], 's');
      long interval = MtaTime.seconds(f[2], 's');
      switch (algorithm) {
        case 'F' -> parts.add(new Part('F', cutoff, interval, 1));
        // §32.7: H is G with a random interval between the two; not needed for the defaults.
        case 'G' -> parts.add(new Part('G', cutoff, interval, Double.parseDouble(f[3].strip())));
        default -> throw new IllegalArgumentException("not a supported retry algorithm: " + set);
      }
    }
    return new EximRetryRule(parts, maxInterval);
  }

  /** The last cutoff: after it, the next failure returns the message (§32.10). */
  long finalCutoff() {
    return parts.isEmpty() ? 0 : parts.get(parts.size() - 1).cutoff();
  }

  /**
   * The retry times, the first failure at 0, ending with the first one at or past the final cutoff:
   * the attempt whose failure bounces the message (§32.10).
   */
  List<Long> times() {
    List<Long> times = new ArrayList<>();
    long now = 0;
    long previousGap = 0;
    times.add(now);
    while (times.size() < MAX_ATTEMPTS) {
      // §32.7: "the algorithm definitions are scanned in order until one whose cutoff time has not
      // yet passed is reached"
      Part part = applying(now);
      if (part == null) {
        return times;
      }
      long gap = part.interval();
      if (part.algorithm() == 'G') {
        // §32.7: "retry intervals are computed from the rule's parameters until one that is
        // greater than the previous interval is found"
        double g = part.interval();
        while (g <= previousGap) {
          g *= part.multiplier();
        }
        gap = Math.round(g);
      }
      gap = Math.min(gap, maxInterval);
      now += gap;
      previousGap = gap;
      times.add(now);
    }
    return times;
  }

  private Part applying(long elapsed) {
    for (Part part : parts) {
      if (elapsed < part.cutoff()) {
        return part;
      }
    }
    return null;
  }
}
