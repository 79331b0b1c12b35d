package org.mailpath.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mailpath.finding.Severity;
import org.mailpath.trace.TraceReport;

/** The SQL of the sessions table: one method per statement, on a connection the caller holds. */
final class SessionRows {

  private static final String INSERT =
      "INSERT INTO sessions (target, domain, network, started_ms, duration_ms,"
          + " worst_severity_rank, worst_severity, finding_count, cancelled, report_format,"
          + " report_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String SUMMARY_COLUMNS =
      "SELECT id, target, domain, started_ms, worst_severity, finding_count FROM sessions";

  /** A stored report as the row holds it: its format and its text. */
  record StoredReport(int format, String json) {}

  private SessionRows() {}

  static long insert(Connection c, TraceReport report) throws SQLException {
    Severity worst = report.worstSeverity();
    try (PreparedStatement st = c.prepareStatement(INSERT)) {
      st.setString(1, report.target());
      st.setString(2, report.domain().toLowerCase(Locale.ROOT));
      st.setString(3, report.network());
      st.setLong(4, report.started().toEpochMilli());
      if (report.duration() == null) {
        st.setNull(5, Types.INTEGER);
      } else {
        st.setLong(5, report.duration().toMillis());
      }
      // The rank is the Severity's declaration order (PASS < INFO < WARNING < ERROR).
      st.setInt(6, worst.ordinal());
      st.setString(7, worst.name());
      st.setInt(8, report.findings().size());
      st.setInt(9, report.cancelled() ? 1 : 0);
      st.setInt(10, ReportCodec.CURRENT);
      st.setString(11, ReportCodec.write(report));
      st.executeUpdate();
    }
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT last_insert_rowid()")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static List<SessionSummary> select(Connection c, HistoryQuery q) throws SQLException {
    StringBuilder sql = new StringBuilder(SUMMARY_COLUMNS).append(" WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    if (q.domain() != null) {
      sql.append(" AND domain = ?");
      args.add(q.domain());
    }
    if (q.startedFrom() != null) {
      sql.append(" AND started_ms >= ?");
      args.add(q.startedFrom().toEpochMilli());
    }
    if (q.startedBefore() != null) {
      sql.append(" AND started_ms < ?");
      args.add(q.startedBefore().toEpochMilli());
    }
    if (q.worstAtLeast() != null) {
      sql.append(" AND worst_severity_rank >= ?");
      args.add(q.worstAtLeast().ordinal());
    }
    if (!q.includeCancelled()) {
      sql.append(" AND cancelled = 0");
    }
    // Ties on the start time (same millisecond) go to the later insert.
    sql.append(" ORDER BY started_ms DESC, id DESC LIMIT ?");
    args.add(q.limit());
    try (PreparedStatement st = c.prepareStatement(sql.toString())) {
      for (int i = 0; i < args.size(); i++) {
        st.setObject(i + 1, args.get(i));
      }
      try (ResultSet rs = st.executeQuery()) {
        List<SessionSummary> out = new ArrayList<>();
        while (rs.next()) {
          out.add(
              new SessionSummary(
                  rs.getLong("id"),
                  rs.getString("target"),
                  rs.getString("domain"),
                  Instant.ofEpochMilli(rs.getLong("started_ms")),
                  Severity.valueOf(rs.getString("worst_severity")),
                  rs.getInt("finding_count")));
        }
        return out;
      }
    }
  }

  static Optional<StoredReport> report(Connection c, long id) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement("SELECT report_format, report_json FROM sessions WHERE id = ?")) {
      st.setLong(1, id);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next()
            ? Optional.of(new StoredReport(rs.getInt(1), rs.getString(2)))
            : Optional.empty();
      }
    }
  }

  static boolean delete(Connection c, long id) throws SQLException {
    try (PreparedStatement st = c.prepareStatement("DELETE FROM sessions WHERE id = ?")) {
      st.setLong(1, id);
      return st.executeUpdate() > 0;
    }
  }
}
