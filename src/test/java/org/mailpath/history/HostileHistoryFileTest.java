package org.mailpath.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A file at the history's path that is not a healthy mailpath history (docs/decisions/0008). */
class HostileHistoryFileTest {

  @TempDir Path dir;

  @Test
  void open_otherProgramsDatabase_isRefusedWithReason() throws Exception {
    Path file = HostileFiles.otherProgramsDatabase(dir.resolve("history.db"));

    assertThatThrownBy(() -> HistoryStore.open(file))
        .isInstanceOf(HistoryException.class)
        .hasMessageContaining("did not make")
        .hasMessageContaining("leaves it untouched");
  }

  @Test
  void open_otherProgramsDatabase_leavesFileAndJournalModeAsTheyWere() throws Exception {
    Path file = HostileFiles.otherProgramsDatabase(dir.resolve("history.db"));
    byte[] before = Files.readAllBytes(file);

    assertThatThrownBy(() -> HistoryStore.open(file)).isInstanceOf(HistoryException.class);

    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    assertThat(dir.resolve("history.db-wal")).doesNotExist();
    assertThat(HostileFiles.pragma(file, "journal_mode")).isEqualTo("delete");
  }

  @Test
  void open_databaseWithAnotherApplicationId_isRefused() throws Exception {
    Path file = dir.resolve("history.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement st = c.createStatement()) {
      // A look-alike: mailpath's schema, but another program's id (0x0f055112 is Fossil's).
      st.execute("CREATE TABLE sessions (id INTEGER PRIMARY KEY, report_json TEXT)");
      st.execute("PRAGMA user_version = 2");
      st.execute("PRAGMA application_id = 252006674");
    }

    assertThatThrownBy(() -> HistoryStore.open(file))
        .isInstanceOf(HistoryException.class)
        .hasMessageContaining("another program")
        .hasMessageContaining("0xf055112");
    assertThat(HostileFiles.pragma(file, "journal_mode")).isEqualTo("delete");
  }

  @Test
  void open_textFile_isRefusedAndKept() throws Exception {
    Path file = dir.resolve("history.db");
    Files.writeString(file, "my notes, not a database\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> HistoryStore.open(file))
        .isInstanceOf(HistoryException.class)
        .hasMessageContaining("is not a SQLite database");
    assertThat(Files.readString(file)).isEqualTo("my notes, not a database\n");
  }

  @Test
  void open_folderAtTheFilesPath_isRefused() throws Exception {
    Path file = Files.createDirectory(dir.resolve("history.db"));

    assertThatThrownBy(() -> HistoryStore.open(file))
        .isInstanceOf(HistoryException.class)
        .hasMessageContaining("is not a regular file");
  }

  @Test
  void open_emptySqliteDatabase_becomesAHistory() throws Exception {
    Path file = dir.resolve("history.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement st = c.createStatement()) {
      st.execute("PRAGMA journal_mode = WAL"); // as a first open that crashed before migrating
    }

    try (HistoryStore store = HistoryStore.open(file)) {
      assertThat(store.load(store.save(SampleReports.full()))).contains(SampleReports.full());
    }
  }

  @Test
  void open_newFile_carriesMailpathsApplicationId() throws Exception {
    Path file = dir.resolve("history.db");
    HistoryStore.open(file).close();

    assertThat(Integer.parseInt(HostileFiles.pragma(file, "application_id")))
        .isEqualTo(HistoryFile.APPLICATION_ID);
  }

  @Test
  void list_damagedDatabase_isReportedAsDamaged() throws Exception {
    Path file = HostileFiles.damagedHistory(dir.resolve("history.db"));

    assertThatThrownBy(
            () -> {
              try (HistoryStore store = HistoryStore.open(file)) {
                store.list(10);
              }
            })
        .isInstanceOf(HistoryException.class)
        .hasMessageContaining("damaged");
  }

  @Test
  void save_damagedDatabase_isReportedAsDamaged() throws Exception {
    Path file = HostileFiles.damagedHistory(dir.resolve("history.db"));

    assertThatThrownBy(
            () -> {
              try (HistoryStore store = HistoryStore.open(file)) {
                store.save(SampleReports.full());
              }
            })
        .isInstanceOf(HistoryException.class)
        .hasMessageContaining("damaged");
  }

  @Test
  @Timeout(30)
  void save_lockHeldPastBusyTimeout_saysAnotherProgramHoldsIt() throws Exception {
    Path file = dir.resolve("history.db");
    HistoryStore.open(file).close();
    try (HistoryStore store = HistoryStore.open(file, Duration.ofMillis(300));
        Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement st = other.createStatement()) {
      st.execute("BEGIN EXCLUSIVE");

      assertThatThrownBy(() -> store.save(SampleReports.full()))
          .isInstanceOf(HistoryException.class)
          .hasMessageContaining("another program kept the database locked for more than 300 ms");

      st.execute("ROLLBACK");
      assertThat(store.save(SampleReports.full())).isPositive();
    }
  }

  @Test
  void save_readOnlyFile_saysReadOnlyAndStillLists() throws Exception {
    Path file = dir.resolve("history.db");
    try (HistoryStore store = HistoryStore.open(file)) {
      store.save(SampleReports.full());
    }
    HostileFiles.readOnly(file);
    try (HistoryStore store = HistoryStore.open(file)) {
      assertThat(store.list(10)).hasSize(1);
      assertThatThrownBy(() -> store.save(SampleReports.full()))
          .isInstanceOf(HistoryException.class)
          .hasMessageContaining("read-only");
    } finally {
      HostileFiles.writable(file);
    }
  }
}
