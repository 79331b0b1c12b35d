package org.mailpath.ui.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.mailpath.history.HistoryQuery;
import org.mailpath.history.SessionSummary;
import org.mailpath.trace.TraceReport;

/** Sessions kept in memory that answer queries the way the history database does. */
public final class InMemoryArchive implements SessionArchive {

  private final Map<Long, SessionSummary> sessions = new LinkedHashMap<>();
  private final Map<Long, TraceReport> reports = new LinkedHashMap<>();
  final List<HistoryQuery> queries = new CopyOnWriteArrayList<>();

  public InMemoryArchive with(SessionSummary session, TraceReport report) {
    sessions.put(session.id(), session);
    reports.put(session.id(), report);
    return this;
  }

  @Override
  public synchronized List<SessionSummary> list(HistoryQuery query) {
    queries.add(query);
    List<SessionSummary> found = new ArrayList<>();
    for (SessionSummary s : sessions.values()) {
      if ((query.domain() == null || query.domain().equalsIgnoreCase(s.domain()))
          && (query.startedFrom() == null || !s.started().isBefore(query.startedFrom()))
          && (query.startedBefore() == null || s.started().isBefore(query.startedBefore()))
          && (query.worstAtLeast() == null
              || s.worstSeverity().compareTo(query.worstAtLeast()) >= 0)) {
        found.add(s);
      }
    }
    found.sort(Comparator.comparing(SessionSummary::started).reversed());
    return found.stream().limit(query.limit()).toList();
  }

  @Override
  public synchronized Optional<TraceReport> load(long id) {
    return Optional.ofNullable(reports.get(id));
  }

  @Override
  public synchronized boolean delete(long id) {
    reports.remove(id);
    return sessions.remove(id) != null;
  }
}
