package org.mailpath.history;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The ordered migrations of the history database. The schema version is SQLite's {@code PRAGMA
 * user_version}, which lives in the file header and changes inside the migration's transaction.
 */
final class Schema {

  static final List<Migration> MIGRATIONS =
      List.of(
          new Migration(
              1,
              "sessions with their summary columns and the whole report as JSON",
              List.of(
                  // AUTOINCREMENT: an id is never reused after a delete, so "show 7" can never
                  // show a different session than the one a user noted down.
                  "CREATE TABLE sessions ("
                      + " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                      + " target TEXT NOT NULL,"
                      + " domain TEXT NOT NULL,"
                      + " network TEXT,"
                      + " started_ms INTEGER NOT NULL,"
                      + " duration_ms INTEGER,"
                      + " worst_severity_rank INTEGER NOT NULL,"
                      + " worst_severity TEXT NOT NULL,"
                      + " finding_count INTEGER NOT NULL,"
                      + " report_json TEXT NOT NULL)",
                  "CREATE INDEX sessions_started ON sessions (started_ms)")),
          new Migration(
              2,
              "browsing: indexes on domain and worst severity, cancelled flag",
              List.of(
                  "ALTER TABLE sessions ADD COLUMN cancelled INTEGER NOT NULL DEFAULT 0",
                  "UPDATE sessions SET cancelled ="
                      + " coalesce(json_extract(report_json, '$.cancelled'), 0)",
                  "CREATE INDEX sessions_domain ON sessions (domain, started_ms)",
                  "CREATE INDEX sessions_worst ON sessions (worst_severity_rank, started_ms)")),
          new Migration(
              3,
              "the file says it is mailpath's; each report records the format it is stored in",
              List.of(
                  "PRAGMA application_id = " + HistoryFile.APPLICATION_ID,
                  // Every row before this migration was written in format 1 (ReportCodec).
                  "ALTER TABLE sessions ADD COLUMN report_format INTEGER NOT NULL DEFAULT 1")),
          new Migration(
              4,
              "batch runs: each target of a run, linked to its session when done",
              List.of(
                  "CREATE TABLE batch_runs ("
                      + " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                      + " created_ms INTEGER NOT NULL,"
                      + " source TEXT NOT NULL,"
                      + " arguments TEXT NOT NULL,"
                      + " shard TEXT NOT NULL,"
                      + " total INTEGER NOT NULL,"
                      + " finished_ms INTEGER)",
                  // done_ms marks a target finished for good: deleting its session later (ON
                  // DELETE SET NULL) must not make a resumed run trace it again.
                  "CREATE TABLE batch_targets ("
                      + " run_id INTEGER NOT NULL REFERENCES batch_runs (id) ON DELETE CASCADE,"
                      + " position INTEGER NOT NULL,"
                      + " target TEXT NOT NULL,"
                      + " session_id INTEGER REFERENCES sessions (id) ON DELETE SET NULL,"
                      + " failure TEXT,"
                      + " done_ms INTEGER,"
                      + " PRIMARY KEY (run_id, position))",
                  "CREATE INDEX batch_targets_session ON batch_targets (session_id)")));

  private Schema() {}

  static int latestVersion() {
    return MIGRATIONS.get(MIGRATIONS.size() - 1).version();
  }

  static int version(Connection connection) throws SQLException {
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("PRAGMA user_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  /**
   * Applies every migration newer than the file's version, each in its own transaction. The version
   * is read again inside the transaction, which holds the write lock, so two processes opening a
   * fresh file at once do not both migrate it.
   */
  static void migrate(Connection connection) throws SQLException {
    if (version(connection) == latestVersion()) {
      return;
    }
    for (Migration migration : MIGRATIONS) {
      Transactions.run(
          connection,
          c -> {
            int current = version(c);
            if (current > latestVersion()) {
              throw new HistoryException(
                  "the history database has schema version "
                      + current
                      + ", newer than this mailpath knows ("
                      + latestVersion()
                      + "); use a newer mailpath");
            }
            if (current == migration.version() - 1) {
              try (Statement st = c.createStatement()) {
                for (String sql : migration.statements()) {
                  st.execute(sql);
                }
                st.execute("PRAGMA user_version = " + migration.version());
              }
            }
            return null;
          });
    }
  }
}
