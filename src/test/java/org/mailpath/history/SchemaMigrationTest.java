package org.mailpath.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailpath.trace.TraceReport;

/** A database written by the first release opens in this one with its sessions intact. */
class SchemaMigrationTest {

  /** Schema version 1 as released, frozen here so that editing a migration cannot hide a break. */
  private static final String VERSION_1_TABLE =
      "CREATE TABLE sessions (id INTEGER PRIMARY KEY AUTOINCREMENT, target TEXT NOT NULL,"
          + " domain TEXT NOT NULL, network TEXT, started_ms INTEGER NOT NULL, duration_ms INTEGER,"
          + " worst_severity_rank INTEGER NOT NULL, worst_severity TEXT NOT NULL,"
          + " finding_count INTEGER NOT NULL, report_json TEXT NOT NULL)";

  @TempDir Path dir;
  private Path file;
  private final TraceReport cancelledReport = cancelled(SampleReports.full());

  @BeforeEach
  void createVersion1Database() throws SQLException {
    file = dir.resolve("history.db");
    try (Connection c = jdbc()) {
      try (Statement st = c.createStatement()) {
        st.execute(VERSION_1_TABLE);
        st.execute("CREATE INDEX sessions_started ON sessions (started_ms)");
        st.execute("PRAGMA user_version = 1");
      }
      try (PreparedStatement st =
          c.prepareStatement(
              "INSERT INTO sessions VALUES (7, 'alice@good.mail.test', 'good.mail.test', 'lab',"
                  + " 1795901405123, 1834, 3, 'ERROR', 4, ?)")) {
        st.setString(1, ReportCodec.write(cancelledReport));
        st.executeUpdate();
      }
    }
  }

  @Test
  void open_version1Database_migratesToLatestVersion() throws SQLException {
    HistoryStore.open(file).close();

    assertThat(userVersion()).isEqualTo(Schema.latestVersion()).isGreaterThan(1);
  }

  @Test
  void open_version1Database_keepsItsSessions() {
    try (HistoryStore store = HistoryStore.open(file)) {
      assertThat(store.load(7)).contains(cancelledReport);
    }
  }

  @Test
  void open_version1Database_marksItAsMailpaths() throws SQLException {
    HistoryStore.open(file).close();

    assertThat(Integer.parseInt(HostileFiles.pragma(file, "application_id")))
        .isEqualTo(HistoryFile.APPLICATION_ID);
  }

  @Test
  void open_version1Database_recordsItsRowsAsFormat1() throws SQLException {
    HistoryStore.open(file).close();

    try (Connection c = jdbc();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT report_format FROM sessions WHERE id = 7")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(ReportCodec.FORMAT_1);
    }
  }

  @Test
  void open_version1Database_fillsCancelledFlagFromStoredReport() {
    try (HistoryStore store = HistoryStore.open(file)) {
      assertThat(store.list(HistoryQuery.newest(10).withoutCancelled())).isEmpty();
    }
  }

  @Test
  void open_version1Database_addsBrowsingIndexes() throws SQLException {
    HistoryStore.open(file).close();

    assertThat(indexes()).contains("sessions_started", "sessions_domain", "sessions_worst");
  }

  @Test
  void open_databaseOfNewerMailpath_isRefused() throws SQLException {
    try (Connection c = jdbc();
        Statement st = c.createStatement()) {
      st.execute("PRAGMA user_version = 99");
    }

    assertThatThrownBy(() -> HistoryStore.open(file))
        .isInstanceOf(HistoryException.class)
        .hasMessageContaining("99");
  }

  @Test
  void open_newFile_usesWriteAheadLog() throws SQLException {
    Path fresh = dir.resolve("fresh.db");
    HistoryStore.open(fresh).close();

    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + fresh);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("wal");
    }
  }

  private Connection jdbc() throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + file);
  }

  private int userVersion() throws SQLException {
    try (Connection c = jdbc();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("PRAGMA user_version")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private List<String> indexes() throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection c = jdbc();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'sessions'")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }

  private static TraceReport cancelled(TraceReport r) {
    return new TraceReport(
        r.target(),
        r.domain(),
        r.network(),
        r.toolVersion(),
        r.started(),
        Duration.ofMillis(1834),
        r.resolution(),
        r.steps(),
        r.connections(),
        r.findings(),
        true);
  }
}
