package org.mailpath.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.mailpath.batch.BatchResult;
import org.mailpath.batch.BatchTarget;
import org.mailpath.trace.TraceReport;

/**
 * Batch runs in the history database: a run lists its targets when it is created, and each target's
 * result is stored — the report as a session, linked to the run — in the same transaction that
 * marks it done. A run interrupted at any point (Ctrl-C, kill -9, power loss) therefore has every
 * target either done with its session or pending, never both, never twice.
 */
public final class BatchRuns implements AutoCloseable {

  private static final String RUN_COLUMNS =
      "SELECT r.id, r.created_ms, r.source, r.arguments, r.shard, r.total, r.finished_ms,"
          + " (SELECT count(*) FROM batch_targets t WHERE t.run_id = r.id"
          + " AND t.done_ms IS NOT NULL) FROM batch_runs r";

  private final HistoryStore store;

  private BatchRuns(HistoryStore store) {
    this.store = store;
  }

  /** Opens (creating and migrating as needed) the history database at {@code file}. */
  public static BatchRuns open(java.nio.file.Path file) {
    return new BatchRuns(HistoryStore.open(file));
  }

  /** The sessions of the same database, to load a target's report. */
  public HistoryStore sessions() {
    return store;
  }

  /** Creates a run with every target pending; returns its id. */
  public long create(
      String source, List<String> arguments, String shard, List<BatchTarget> targets, Instant now) {
    return store.withConnection(
        "create a batch run",
        c ->
            Transactions.run(
                c,
                tx -> {
                  long id;
                  try (PreparedStatement st =
                      tx.prepareStatement(
                          "INSERT INTO batch_runs (created_ms, source, arguments, shard, total)"
                              + " VALUES (?, ?, ?, ?, ?)")) {
                    st.setLong(1, now.toEpochMilli());
                    st.setString(2, source);
                    st.setString(3, String.join("\n", arguments));
                    st.setString(4, shard);
                    st.setInt(5, targets.size());
                    st.executeUpdate();
                  }
                  id = lastId(tx);
                  try (PreparedStatement st =
                      tx.prepareStatement(
                          "INSERT INTO batch_targets (run_id, position, target) VALUES (?, ?, ?)")) {
                    for (BatchTarget t : targets) {
                      st.setLong(1, id);
                      st.setInt(2, t.position());
                      st.setString(3, t.target());
                      st.addBatch();
                    }
                    st.executeBatch();
                  }
                  return id;
                }));
  }

  /**
   * Stores one result: the report as a new session linked to the target, or the failure, and marks
   * the target done — all in one transaction. A target already done is left as it is and nothing is
   * stored (false), so a result can never be recorded twice.
   */
  public boolean record(long runId, BatchResult result, Instant now) {
    try {
      return store.withConnection(
          "store a batch result",
          c ->
              Transactions.run(
                  c,
                  tx -> {
                    TraceReport report = result.report();
                    Long sessionId = report == null ? null : SessionRows.insert(tx, report);
                    try (PreparedStatement st =
                        tx.prepareStatement(
                            "UPDATE batch_targets SET session_id = ?, failure = ?, done_ms = ?"
                                + " WHERE run_id = ? AND position = ? AND done_ms IS NULL")) {
                      if (sessionId == null) {
                        st.setNull(1, Types.INTEGER);
                      } else {
                        st.setLong(1, sessionId);
                      }
                      st.setString(2, result.failure());
                      st.setLong(3, now.toEpochMilli());
                      st.setLong(4, runId);
                      st.setInt(5, result.target().position());
                      if (st.executeUpdate() == 1) {
                        return true;
                      }
                    }
                    // Already done (or not of this run): undo the session insert with the rest.
                    throw new AlreadyDone();
                  }));
    } catch (AlreadyDone e) {
      return false;
    }
  }

  /** The targets of a run not yet done, in position order. */
  public List<BatchTarget> pending(long runId) {
    return store.withConnection(
        "list the pending targets of batch run " + runId,
        c -> {
          List<BatchTarget> targets = new ArrayList<>();
          try (PreparedStatement st =
              c.prepareStatement(
                  "SELECT position, target FROM batch_targets"
                      + " WHERE run_id = ? AND done_ms IS NULL ORDER BY position")) {
            st.setLong(1, runId);
            try (ResultSet rs = st.executeQuery()) {
              while (rs.next()) {
                targets.add(new BatchTarget(rs.getInt(1), rs.getString(2)));
              }
            }
          }
          return targets;
        });
  }

  /**
   * Every done target of a run in position order, with its report loaded (null when it could not
   * run, or its session was deleted since). One report in memory at a time.
   */
  public void forEachResult(long runId, Consumer<BatchResult> action) {
    List<Object[]> rows =
        store.withConnection(
            "list the results of batch run " + runId,
            c -> {
              List<Object[]> out = new ArrayList<>();
              try (PreparedStatement st =
                  c.prepareStatement(
                      "SELECT position, target, session_id, failure FROM batch_targets"
                          + " WHERE run_id = ? AND done_ms IS NOT NULL ORDER BY position")) {
                st.setLong(1, runId);
                try (ResultSet rs = st.executeQuery()) {
                  while (rs.next()) {
                    long session = rs.getLong(3);
                    Long sessionId = rs.wasNull() ? null : session;
                    out.add(
                        new Object[] {rs.getInt(1), rs.getString(2), sessionId, rs.getString(4)});
                  }
                }
              }
              return out;
            });
    for (Object[] row : rows) {
      BatchTarget target = new BatchTarget((Integer) row[0], (String) row[1]);
      Long session = (Long) row[2];
      if (session != null) {
        Optional<TraceReport> report = store.load(session);
        action.accept(
            report
                .map(r -> BatchResult.of(target, r))
                .orElseGet(() -> BatchResult.failed(target, "its session was deleted")));
      } else {
        action.accept(
            BatchResult.failed(
                target, row[3] == null ? "its session was deleted" : (String) row[3]));
      }
    }
  }

  /**
   * The session holding the report of one done target, if it has one (empty while pending, when its
   * trace could not run, or when the session was deleted since).
   */
  public Optional<Long> sessionOf(long runId, int position) {
    return store.withConnection(
        "find the session of a batch target",
        c -> {
          try (PreparedStatement st =
              c.prepareStatement(
                  "SELECT t.session_id FROM batch_targets t JOIN sessions s ON s.id = t.session_id"
                      + " WHERE t.run_id = ? AND t.position = ?")) {
            st.setLong(1, runId);
            st.setInt(2, position);
            try (ResultSet rs = st.executeQuery()) {
              return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
            }
          }
        });
  }

  /** Marks a run finished. */
  public void finish(long runId, Instant now) {
    store.withConnection(
        "finish batch run " + runId,
        c ->
            Transactions.run(
                c,
                tx -> {
                  try (PreparedStatement st =
                      tx.prepareStatement("UPDATE batch_runs SET finished_ms = ? WHERE id = ?")) {
                    st.setLong(1, now.toEpochMilli());
                    st.setLong(2, runId);
                    return st.executeUpdate();
                  }
                }));
  }

  public Optional<BatchRun> run(long runId) {
    List<BatchRun> runs = select(" WHERE r.id = " + runId);
    return runs.stream().findFirst();
  }

  /** The newest run that has not finished, if any: what {@code batch --resume} continues. */
  public Optional<BatchRun> latestUnfinished() {
    return select(" WHERE r.finished_ms IS NULL ORDER BY r.id DESC LIMIT 1").stream().findFirst();
  }

  /** Every run, newest first. */
  public List<BatchRun> list() {
    return select(" ORDER BY r.id DESC");
  }

  private List<BatchRun> select(String where) {
    return store.withConnection(
        "list batch runs",
        c -> {
          List<BatchRun> runs = new ArrayList<>();
          try (Statement st = c.createStatement();
              ResultSet rs = st.executeQuery(RUN_COLUMNS + where)) {
            while (rs.next()) {
              long finished = rs.getLong(7);
              boolean unfinished = rs.wasNull();
              String arguments = rs.getString(4);
              runs.add(
                  new BatchRun(
                      rs.getLong(1),
                      Instant.ofEpochMilli(rs.getLong(2)),
                      rs.getString(3),
                      arguments.isEmpty() ? List.of() : Arrays.asList(arguments.split("\n")),
                      rs.getString(5),
                      rs.getInt(6),
                      rs.getInt(8),
                      unfinished ? null : Instant.ofEpochMilli(finished)));
            }
          }
          return runs;
        });
  }

  private static long lastId(Connection c) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT last_insert_rowid()")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Override
  public void close() {
    store.close();
  }

  /** Rolls back a result for a target that is already done. */
  private static final class AlreadyDone extends RuntimeException {
    AlreadyDone() {
      super(null, null, false, false);
    }
  }
}
