package org.mailpath.history;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Files a history must survive, made with the real tools: SQLite, chmod, chattr. */
public final class HostileFiles {

  private HostileFiles() {}

  /** A SQLite database of some other program, in SQLite's default rollback-journal mode. */
  public static Path otherProgramsDatabase(Path file) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement st = c.createStatement()) {
      st.execute("CREATE TABLE contacts (name TEXT, address TEXT)");
      st.execute("INSERT INTO contacts VALUES ('Alice', 'alice@example.org')");
    }
    return file;
  }

  /** SQLite's answer to {@code PRAGMA name} on {@code file}, read through a fresh connection. */
  public static String pragma(Path file, String name) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("PRAGMA " + name)) {
      rs.next();
      return rs.getString(1);
    }
  }

  /**
   * A mailpath history whose pages after the first (the schema) are overwritten with junk, as a
   * disk error or another program writing into it would leave it.
   */
  public static Path damagedHistory(Path file) throws IOException {
    try (HistoryStore store = HistoryStore.open(file)) {
      for (int i = 0; i < 20; i++) {
        store.save(SampleReports.full());
      }
    }
    byte[] bytes = Files.readAllBytes(file);
    int pageSize = ((bytes[16] & 0xff) << 8 | (bytes[17] & 0xff)) == 1 ? 65536 : pageSize(bytes);
    for (int i = pageSize; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 31 + 7);
    }
    Files.write(file, bytes);
    return file;
  }

  private static int pageSize(byte[] header) {
    return (header[16] & 0xff) << 8 | (header[17] & 0xff);
  }

  /**
   * Makes {@code file} read-only for this process: chmod, and for root (who ignores the mode) the
   * immutable attribute. Skips the test when neither holds; undo with {@link #writable}.
   */
  public static void readOnly(Path file) throws IOException, InterruptedException {
    file.toFile().setWritable(false, false);
    if (Files.isWritable(file)) {
      run("chattr", "+i", file.toString());
    }
    assumeThat(Files.isWritable(file)).as("the file could be made read-only").isFalse();
  }

  /** Undoes {@link #readOnly}, so the test's folder can be deleted. */
  public static void writable(Path file) throws IOException, InterruptedException {
    if (Files.exists(file) && !Files.isWritable(file)) {
      run("chattr", "-i", file.toString());
      file.toFile().setWritable(true, false);
    }
  }

  private static void run(String... command) throws IOException, InterruptedException {
    try {
      new ProcessBuilder(command).redirectErrorStream(true).start().waitFor();
    } catch (IOException e) {
      // chattr missing: the assumption in readOnly skips the test
    }
  }
}
