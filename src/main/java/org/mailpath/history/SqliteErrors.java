package org.mailpath.history;

import java.sql.SQLException;
import java.time.Duration;

/** SQLite's result codes as sentences a person can act on. */
final class SqliteErrors {

  // Primary result codes, https://www.sqlite.org/rescode.html
  private static final int PERM = 3;
  private static final int BUSY = 5;
  private static final int LOCKED = 6;
  private static final int READONLY = 8;
  private static final int IOERR = 10;
  private static final int CORRUPT = 11;
  private static final int FULL = 13;
  private static final int CANTOPEN = 14;
  private static final int NOTADB = 26;

  private SqliteErrors() {}

  /** Whether SQLite found the file damaged (or not a database at all). */
  static boolean isDamage(SQLException e) {
    int code = e.getErrorCode() & 0xff;
    return code == CORRUPT || code == NOTADB;
  }

  /** Whether SQLite refused a write, or an open, because the file or connection is read-only. */
  static boolean isReadOnly(SQLException e) {
    int code = e.getErrorCode() & 0xff;
    return code == READONLY || code == CANTOPEN;
  }

  /** What went wrong, for a person; {@code busyTimeout} is how long the store waited for a lock. */
  static String explain(SQLException e, Duration busyTimeout) {
    return switch (e.getErrorCode() & 0xff) {
      case BUSY, LOCKED ->
          "another program kept the database locked for more than " + describe(busyTimeout);
      case READONLY, PERM -> "the file or its folder is read-only";
      case CANTOPEN -> "the file cannot be opened (does its folder exist and may it be written?)";
      case CORRUPT, NOTADB ->
          "the file is damaged, so mailpath does not use it (move it away to start a new history)";
      case FULL -> "the disk is full";
      case IOERR -> "the disk or file system reported a read or write error";
      default -> "SQLite reported: " + e.getMessage();
    };
  }

  private static String describe(Duration wait) {
    return wait.toSeconds() >= 1 ? wait.toSeconds() + " seconds" : wait.toMillis() + " ms";
  }
}
