package org.mailpath.batch;

import java.time.Duration;

/**
 * Where a batch stands.
 *
 * @param done targets finished (including those that could not run)
 * @param total targets in this run
 * @param failures targets whose trace could not run
 * @param errors targets whose report has at least one error finding
 * @param elapsed time since this run (or resumption) started
 * @param doneThisSession targets finished since this run (or resumption) started
 */
public record BatchProgress(
    int done, int total, int failures, int errors, Duration elapsed, int doneThisSession) {

  /** Targets per second since this run started; 0 before the first finishes. */
  public double rate() {
    double seconds = elapsed.toMillis() / 1000.0;
    return seconds <= 0 ? 0 : doneThisSession / seconds;
  }

  /** The time left at the current rate, or null while no rate is known. */
  public Duration eta() {
    double rate = rate();
    if (rate <= 0) {
      return null;
    }
    return Duration.ofMillis((long) ((total - done) / rate * 1000));
  }

  public boolean finished() {
    return done >= total;
  }
}
