package org.mailpath.ui;

import java.util.List;
import java.util.Optional;
import org.mailpath.history.SessionSummary;
import org.mailpath.trace.TraceReport;

/** The stored sessions the window lists and re-opens. Called on a background thread only. */
public interface SessionArchive {

  /** The newest sessions first, at most {@code limit}. */
  List<SessionSummary> recent(int limit);

  /** The stored report of a session, as it was recorded (never re-run). */
  Optional<TraceReport> load(long id);
}
