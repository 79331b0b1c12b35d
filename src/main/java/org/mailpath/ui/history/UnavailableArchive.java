package org.mailpath.ui.history;

import java.util.List;
import java.util.Optional;
import org.mailpath.history.HistoryQuery;
import org.mailpath.history.SessionSummary;
import org.mailpath.trace.TraceReport;

/** Stands in when there is no history database: says so instead of listing sessions. */
public enum UnavailableArchive implements SessionArchive {
  INSTANCE;

  @Override
  public List<SessionSummary> list(HistoryQuery query) {
    throw new IllegalStateException("no history database could be found or created");
  }

  @Override
  public Optional<TraceReport> load(long id) {
    return Optional.empty();
  }

  @Override
  public boolean delete(long id) {
    return false;
  }
}
