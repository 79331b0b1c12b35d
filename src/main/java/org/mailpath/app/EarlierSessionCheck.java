package org.mailpath.app;

import java.util.Optional;
import org.mailpath.history.HistoryException;
import org.mailpath.history.HistoryQuery;
import org.mailpath.history.HistoryStore;
import org.mailpath.history.SessionSummary;
import org.mailpath.trace.TraceReport;

/**
 * What a finished trace shows only beside the session history already holds for its domain: today a
 * changed certificate key ({@link KeyContinuity}). Runs before the new session is stored, so the
 * newest stored session of the domain is the earlier one.
 */
final class EarlierSessionCheck {
  private EarlierSessionCheck() {}

  /**
   * {@code report} with the findings the comparison raises, or unchanged when there is no earlier
   * finished session of its domain, or it cannot be read: history that cannot be read costs the
   * comparison, never the trace.
   */
  static TraceReport compare(HistoryStore history, TraceReport report) {
    if (report.cancelled()) {
      return report;
    }
    try {
      // A cancelled session may have stopped before the host answered: no baseline.
      Optional<SessionSummary> earlier =
          history
              .list(HistoryQuery.newest(1).forDomain(report.domain()).withoutCancelled())
              .stream()
              .findFirst();
      if (earlier.isEmpty()) {
        return report;
      }
      long id = earlier.get().id();
      return history
          .load(id)
          .map(stored -> report.withExtraFindings(KeyContinuity.changedKeys(report, id, stored)))
          .orElse(report);
    } catch (HistoryException e) {
      return report;
    }
  }
}
