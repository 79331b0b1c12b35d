package org.mailpath.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mailpath.trace.TraceReport;
import org.sqlite.SQLiteConfig;

/**
 * Every trace kept in a local SQLite file, one row per session with the whole report as JSON.
 *
 * <p>Threads: one connection per store, and every operation holds the store's lock while it uses
 * it. SQLite lets one writer in at a time anyway, history operations take milliseconds, and a JDBC
 * connection shared without a lock would interleave one thread's transaction with another's
 * statements. Other processes (the CLI while the window is open) wait on SQLite's busy timeout.
 *
 * <p>Durability: WAL with {@code synchronous=FULL}, so the WAL is synced at every commit and a
 * session that {@link #save} returned an id for survives a crash of the process and a power loss.
 * NORMAL would only survive the former; a sync per saved trace costs nothing a user notices.
 *
 * <p>Hostile files: a file that is not mailpath's is refused before anything writes to it (see
 * {@link HistoryFile}); a damaged, read-only or locked file fails with a {@link HistoryException}
 * that says so in words.
 */
public final class HistoryStore implements AutoCloseable {

  /** The file name under the data directory. */
  public static final String FILE_NAME = "history.db";

  /** How long to wait for another process's write before giving up. */
  static final Duration BUSY_TIMEOUT = Duration.ofSeconds(10);

  private final Object lock = new Object();
  private final Path file;
  private final Duration busyTimeout;
  private Connection connection;

  private HistoryStore(Path file, Duration busyTimeout, Connection connection) {
    this.file = file;
    this.busyTimeout = busyTimeout;
    this.connection = connection;
  }

  /**
   * Opens (creating and migrating as needed) the database at {@code file}.
   *
   * @throws HistoryException when the file is not mailpath's, damaged, of a newer mailpath, or
   *     cannot be opened
   */
  public static HistoryStore open(Path file) {
    return open(file, BUSY_TIMEOUT);
  }

  static HistoryStore open(Path file, Duration busyTimeout) {
    Path absolute = file.toAbsolutePath();
    try {
      Files.createDirectories(absolute.getParent());
    } catch (IOException e) {
      throw new HistoryException("cannot create the folder of " + absolute, e);
    }
    HistoryFile.check(absolute, busyTimeout);
    Connection connection = null;
    try {
      connection = config(busyTimeout).createConnection("jdbc:sqlite:" + absolute);
      Schema.migrate(connection);
      return new HistoryStore(absolute, busyTimeout, connection);
    } catch (SQLException e) {
      closeQuietly(connection, e);
      throw new HistoryException(
          "cannot open the history database "
              + absolute
              + ": "
              + SqliteErrors.explain(e, busyTimeout),
          e);
    } catch (HistoryException e) {
      closeQuietly(connection, e);
      throw e;
    } catch (RuntimeException e) {
      closeQuietly(connection, e);
      throw new HistoryException(
          "cannot open the history database " + absolute + ": " + e.getMessage(), e);
    }
  }

  private static SQLiteConfig config(Duration busyTimeout) {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    // No foreign keys yet; on from the first version so that tables added later (tags, notes per
    // session) get their ON DELETE rules enforced. SQLite leaves them off per connection.
    config.enforceForeignKeys(true);
    config.setBusyTimeout((int) busyTimeout.toMillis());
    return config;
  }

  /**
   * The database this process uses: {@code $MAILPATH_HOME/history.db} (or the system property
   * {@code mailpath.home}, read first), else {@code history.db} in the OS's per-user app-data
   * folder: {@code $XDG_DATA_HOME/mailpath} or {@code ~/.local/share/mailpath} on Linux, {@code
   * ~/Library/Application Support/mailpath} on macOS, {@code %APPDATA%\mailpath} on Windows.
   */
  public static Path defaultDatabase() {
    return DataDirectory.current().resolve(FILE_NAME);
  }

  /** The file this store reads and writes. */
  public Path file() {
    return file;
  }

  /** Stores a report in one transaction; returns its id. */
  public long save(TraceReport report) {
    return withConnection(
        "save the session", c -> Transactions.run(c, tx -> SessionRows.insert(tx, report)));
  }

  /**
   * Stores several reports in one transaction, so one sync covers them all (an import, or filling a
   * database for the benchmark); returns their ids in the order given. All or none are stored.
   */
  public List<Long> saveAll(List<TraceReport> reports) {
    return withConnection(
        "save " + reports.size() + " sessions",
        c ->
            Transactions.run(
                c,
                tx -> {
                  List<Long> ids = new ArrayList<>(reports.size());
                  for (TraceReport report : reports) {
                    ids.add(SessionRows.insert(tx, report));
                  }
                  return ids;
                }));
  }

  /** The newest sessions first. */
  public List<SessionSummary> list(int limit) {
    return list(HistoryQuery.newest(limit));
  }

  /** The sessions that match {@code query}, newest first. */
  public List<SessionSummary> list(HistoryQuery query) {
    return withConnection("list sessions", c -> SessionRows.select(c, query));
  }

  /** The stored report, equal to the one saved; empty when no session has this id. */
  public Optional<TraceReport> load(long id) {
    Optional<SessionRows.StoredReport> stored =
        withConnection("load session " + id, c -> SessionRows.report(c, id));
    try {
      return stored.map(row -> ReportCodec.read(row.format(), row.json()));
    } catch (HistoryException e) {
      throw new HistoryException("session " + id + " cannot be shown: " + e.getMessage(), e);
    }
  }

  /** Deletes a session; false when no session has this id. */
  public boolean delete(long id) {
    return withConnection(
        "delete session " + id, c -> Transactions.run(c, tx -> SessionRows.delete(tx, id)));
  }

  @Override
  public void close() {
    synchronized (lock) {
      if (connection != null) {
        try {
          connection.close();
        } catch (SQLException e) {
          throw new HistoryException("cannot close the history database " + file, e);
        } finally {
          connection = null;
        }
      }
    }
  }

  /** Runs {@code work} on this store's connection, under its lock (also for BatchRuns). */
  <T> T withConnection(String what, Transactions.Work<T> work) {
    synchronized (lock) {
      if (connection == null) {
        throw new IllegalStateException("the history store is closed");
      }
      try {
        return work.run(connection);
      } catch (SQLException e) {
        throw new HistoryException(
            "cannot " + what + " in " + file + ": " + SqliteErrors.explain(e, busyTimeout), e);
      }
    }
  }

  private static void closeQuietly(Connection connection, Exception cause) {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException e) {
        cause.addSuppressed(e);
      }
    }
  }
}
