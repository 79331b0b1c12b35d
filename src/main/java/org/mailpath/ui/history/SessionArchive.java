package org.mailpath.ui.history;

import java.util.List;
import java.util.Optional;
import org.mailpath.history.HistoryQuery;
import org.mailpath.history.SessionSummary;
import org.mailpath.trace.TraceReport;

/** The stored sessions the window lists, re-opens and deletes. Called on a background thread. */
public interface SessionArchive {

  /** The sessions the query selects, newest first, at most its limit; no report is loaded. */
  List<SessionSummary> list(HistoryQuery query);

  /** The stored report of a session, as it was recorded (never re-run). */
  Optional<TraceReport> load(long id);

  /** Forgets a session; false when it was not stored (any more). */
  boolean delete(long id);
}
