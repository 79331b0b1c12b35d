package org.mailpath.history;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs work in one write transaction: commit when it returns, roll back when it throws.
 *
 * <p>The transaction is {@code BEGIN IMMEDIATE}, so it takes SQLite's write lock before it reads
 * anything (and waits for it on the busy timeout): a deferred transaction that reads and then
 * writes fails at once with SQLITE_BUSY in WAL mode when another connection wrote in between. The
 * statements are issued here rather than through JDBC's autocommit switch because sqlite-jdbc
 * begins the next transaction right after {@code commit()}, which would take the write lock again
 * and could fail after the data was already committed.
 */
final class Transactions {

  @FunctionalInterface
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private Transactions() {}

  static <T> T run(Connection connection, Work<T> work) throws SQLException {
    execute(connection, "BEGIN IMMEDIATE");
    T result;
    try {
      result = work.run(connection);
    } catch (SQLException | RuntimeException e) {
      rollback(connection, e);
      throw e;
    }
    try {
      execute(connection, "COMMIT");
    } catch (SQLException e) {
      rollback(connection, e);
      throw e;
    }
    return result;
  }

  private static void rollback(Connection connection, Exception cause) {
    try {
      execute(connection, "ROLLBACK");
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.execute(sql);
    }
  }
}
