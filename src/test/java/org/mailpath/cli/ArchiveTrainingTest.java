package org.mailpath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailpath.history.HistoryStore;
import org.mailpath.history.SampleReports;

/** The training run's commands run against the data folder of the process, and leave nothing. */
class ArchiveTrainingTest {

  @TempDir Path home;

  @Test
  void withAStoredSession_everyCommandSucceeds_andTheReportsAreRemoved() throws Exception {
    try (HistoryStore store = HistoryStore.open(home.resolve("history.db"))) {
      store.save(SampleReports.full());
    }
    long trainingFoldersBefore = trainingFolders();

    boolean succeeded = inHome(ArchiveTraining::runCommands);

    assertThat(succeeded).isTrue();
    assertThat(trainingFolders()).isEqualTo(trainingFoldersBefore);
  }

  @Test
  void withNoSession_theReportFails_withoutThrowing() {
    assertThat(inHome(ArchiveTraining::runCommands)).isFalse();
  }

  private boolean inHome(BooleanSupplier work) {
    String before = System.getProperty("mailpath.home");
    System.setProperty("mailpath.home", home.toString());
    try {
      return work.getAsBoolean();
    } finally {
      if (before == null) {
        System.clearProperty("mailpath.home");
      } else {
        System.setProperty("mailpath.home", before);
      }
    }
  }

  private static long trainingFolders() throws Exception {
    try (Stream<Path> entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return entries
          .filter(p -> p.getFileName().toString().startsWith("mailpath-training"))
          .count();
    }
  }
}
