package org.mailpath.ui.history;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.mailpath.history.HistoryQuery;
import org.mailpath.history.HistoryStore;
import org.mailpath.history.SessionSummary;
import org.mailpath.trace.TraceReport;

/** The sessions kept in the history database; the database is opened per request and closed. */
public final class HistorySessionArchive implements SessionArchive {

  private final Path database;

  public HistorySessionArchive(Path database) {
    this.database = database;
  }

  @Override
  public List<SessionSummary> list(HistoryQuery query) {
    try (HistoryStore store = HistoryStore.open(database)) {
      return store.list(query);
    }
  }

  @Override
  public Optional<TraceReport> load(long id) {
    try (HistoryStore store = HistoryStore.open(database)) {
      return store.load(id);
    }
  }

  @Override
  public boolean delete(long id) {
    try (HistoryStore store = HistoryStore.open(database)) {
      return store.delete(id);
    }
  }
}
