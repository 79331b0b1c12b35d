package org.mailpath.history;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import org.sqlite.SQLiteConfig;

/**
 * Decides whether the file at the history's path is mailpath's to use, before anything opens it for
 * writing: a file of another program is left exactly as it is (docs/decisions/0008).
 *
 * <p>mailpath's files carry SQLite's {@code application_id}; files written before it was set are
 * recognised by their schema. A missing or empty file is a new history.
 */
final class HistoryFile {

  /** SQLite's {@code PRAGMA application_id} of a mailpath history: "mpth" in ASCII. */
  static final int APPLICATION_ID = 0x6D707468;

  // https://www.sqlite.org/fileformat.html §1.3: the header string, and the application id at
  // offset 68 (a 4-byte big-endian integer) in the 100-byte header.
  private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
  private static final int HEADER_SIZE = 100;
  private static final int APPLICATION_ID_OFFSET = 68;

  private HistoryFile() {}

  /** Returns when {@code file} is new or mailpath's; otherwise says why it is not used. */
  static void check(Path file, Duration busyTimeout) {
    NativeSqlite.prepare(); // every connection of mailpath's opens after this check
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      return;
    } catch (IOException e) {
      throw new HistoryException(file + " cannot be read: " + e.getMessage(), e);
    }
    if (!attributes.isRegularFile()) {
      throw refused(file, "is not a regular file");
    }
    if (attributes.size() == 0) {
      return; // SQLite treats an empty file as a new database
    }
    byte[] header = header(file);
    if (header.length < HEADER_SIZE || !Arrays.equals(Arrays.copyOf(header, MAGIC.length), MAGIC)) {
      throw refused(file, "is not a SQLite database");
    }
    // The header on disk can lag behind a write still in the write-ahead log, so only a match is
    // conclusive here; anything else is asked of SQLite.
    if (ByteBuffer.wrap(header).getInt(APPLICATION_ID_OFFSET) != APPLICATION_ID) {
      inspect(file, busyTimeout);
    }
  }

  private static void inspect(Path file, Duration busyTimeout) {
    try {
      inspect(file, busyTimeout, true);
    } catch (SQLException e) {
      if (!SqliteErrors.isReadOnly(e)) {
        throw unusable(file, e, busyTimeout);
      }
      // A write-ahead log left by a writer that died needs recovering, which a read-only
      // connection may not do; any reader of the file would recover it the same way.
      try {
        inspect(file, busyTimeout, false);
      } catch (SQLException again) {
        throw unusable(file, again, busyTimeout);
      }
    }
  }

  /** Reads the id, version and schema only; no pragma that changes the file is issued. */
  private static void inspect(Path file, Duration busyTimeout, boolean readOnly)
      throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(readOnly);
    config.setBusyTimeout((int) busyTimeout.toMillis());
    try (Connection c = config.createConnection("jdbc:sqlite:" + file)) {
      int applicationId = intPragma(c, "application_id");
      if (applicationId == APPLICATION_ID) {
        return;
      }
      if (applicationId != 0) {
        throw refused(
            file,
            "belongs to another program (its SQLite application id is 0x"
                + Integer.toHexString(applicationId)
                + ")");
      }
      int version = intPragma(c, "user_version");
      boolean empty = count(c, "SELECT count(*) FROM sqlite_master") == 0;
      if (version == 0 && empty) {
        return; // nothing in it yet: a history whose first migration never committed
      }
      if (version < 1 || !hasSessionsTable(c)) {
        throw refused(file, "is a SQLite database that mailpath did not make");
      }
    }
  }

  private static HistoryException unusable(Path file, SQLException e, Duration busyTimeout) {
    return new HistoryException(
        "mailpath cannot use " + file + ": " + SqliteErrors.explain(e, busyTimeout), e);
  }

  /** Schema version 1 and 2, written before the application id: a table sessions(report_json). */
  private static boolean hasSessionsTable(Connection c) throws SQLException {
    return count(c, "SELECT count(*) FROM pragma_table_info('sessions') WHERE name = 'report_json'")
        == 1;
  }

  private static byte[] header(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(HEADER_SIZE);
    } catch (IOException e) {
      throw new HistoryException(file + " cannot be read: " + e.getMessage(), e);
    }
  }

  private static int intPragma(Connection c, String name) throws SQLException {
    return count(c, "PRAGMA " + name);
  }

  private static int count(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  private static HistoryException refused(Path file, String what) {
    return new HistoryException(
        file
            + " "
            + what
            + ", so it is not a mailpath history; mailpath leaves it untouched. Move it away, or"
            + " set MAILPATH_HOME to another folder.");
  }
}
