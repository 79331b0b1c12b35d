package org.mailpath.history;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.mailpath.trace.TraceReport;

/** Every trace kept in a local SQLite file. (Being written.) */
public final class HistoryStore implements AutoCloseable {

  private HistoryStore() {}

  /** Opens (creating and migrating as needed) the database at {@code file}. */
  public static HistoryStore open(Path file) {
    throw new UnsupportedOperationException("history not yet written");
  }

  /** MAILPATH_HOME/history.db, else the OS's per-user app-data folder. */
  public static Path defaultDatabase() {
    throw new UnsupportedOperationException("history not yet written");
  }

  /** Stores a report in one transaction; returns its id. */
  public long save(TraceReport report) {
    throw new UnsupportedOperationException("history not yet written");
  }

  /** The newest sessions first. */
  public List<SessionSummary> list(int limit) {
    throw new UnsupportedOperationException("history not yet written");
  }

  public Optional<TraceReport> load(long id) {
    throw new UnsupportedOperationException("history not yet written");
  }

  public boolean delete(long id) {
    throw new UnsupportedOperationException("history not yet written");
  }

  @Override
  public void close() {}
}
