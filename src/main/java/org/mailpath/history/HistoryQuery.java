package org.mailpath.history;

import java.time.Instant;
import java.util.Locale;
import org.mailpath.finding.Severity;

/**
 * Which stored sessions to list, newest first. Every criterion is optional (null = any).
 *
 * @param domain only sessions of this domain or host (case-insensitive, exact)
 * @param startedFrom only sessions started at or after this instant
 * @param startedBefore only sessions started before this instant
 * @param worstAtLeast only sessions whose worst finding is at least this severe
 * @param includeCancelled also sessions the user cancelled or whose deadline passed
 * @param limit at most this many sessions, 1 to {@link #MAX_LIMIT}
 */
public record HistoryQuery(
    String domain,
    Instant startedFrom,
    Instant startedBefore,
    Severity worstAtLeast,
    boolean includeCancelled,
    int limit) {

  /** A list the user scrolls through; the browser pages beyond it by date range. */
  public static final int MAX_LIMIT = 10_000;

  public HistoryQuery {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", was " + limit);
    }
    domain = domain == null || domain.isBlank() ? null : domain.strip().toLowerCase(Locale.ROOT);
  }

  /** The newest {@code limit} sessions, whatever they are. */
  public static HistoryQuery newest(int limit) {
    return new HistoryQuery(null, null, null, null, true, limit);
  }

  public HistoryQuery forDomain(String value) {
    return new HistoryQuery(
        value, startedFrom, startedBefore, worstAtLeast, includeCancelled, limit);
  }

  /** Sessions started in {@code [from, before)}; either end may be null for open. */
  public HistoryQuery startedBetween(Instant from, Instant before) {
    return new HistoryQuery(domain, from, before, worstAtLeast, includeCancelled, limit);
  }

  public HistoryQuery worstAtLeast(Severity value) {
    return new HistoryQuery(domain, startedFrom, startedBefore, value, includeCancelled, limit);
  }

  public HistoryQuery withoutCancelled() {
    return new HistoryQuery(domain, startedFrom, startedBefore, worstAtLeast, false, limit);
  }
}
