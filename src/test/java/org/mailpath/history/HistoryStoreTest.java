package org.mailpath.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailpath.finding.Severity;
import org.mailpath.trace.TraceReport;

class HistoryStoreTest {

  private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

  @TempDir Path dir;
  private HistoryStore store;

  @BeforeEach
  void open() {
    store = HistoryStore.open(dir.resolve("history.db"));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void load_savedFullReport_equalsOriginal() {
    TraceReport report = SampleReports.full();

    long id = store.save(report);

    assertThat(store.load(id)).contains(report);
  }

  @Test
  void load_afterReopen_returnsSavedReport() {
    TraceReport report = SampleReports.full();
    long id = store.save(report);
    store.close();

    try (HistoryStore reopened = HistoryStore.open(dir.resolve("history.db"))) {
      assertThat(reopened.load(id)).contains(report);
    }
  }

  @Test
  void load_unknownId_isEmpty() {
    assertThat(store.load(4711)).isEmpty();
  }

  @Test
  void open_missingFolders_createsThem() {
    Path file = dir.resolve("a/b/history.db");

    try (HistoryStore nested = HistoryStore.open(file)) {
      assertThat(file).exists();
    }
  }

  @Test
  void list_severalSessions_newestFirst() {
    long old = store.save(SampleReports.minimal("a@x.org", "x.org", T0, Severity.PASS));
    long newest =
        store.save(SampleReports.minimal("b@x.org", "x.org", T0.plusSeconds(60), Severity.PASS));
    long middle =
        store.save(SampleReports.minimal("c@x.org", "x.org", T0.plusSeconds(30), Severity.PASS));

    assertThat(store.list(10)).extracting(SessionSummary::id).containsExactly(newest, middle, old);
  }

  @Test
  void list_limit_returnsOnlyThatMany() {
    for (int i = 0; i < 5; i++) {
      store.save(SampleReports.minimal("a@x.org", "x.org", T0.plusSeconds(i), Severity.PASS));
    }

    assertThat(store.list(3)).hasSize(3);
  }

  @Test
  void list_savedFullReport_summarisesIt() {
    TraceReport report = SampleReports.full();
    long id = store.save(report);

    assertThat(store.list(1))
        .containsExactly(
            new SessionSummary(
                id,
                "alice@good.mail.test",
                "good.mail.test",
                Instant.parse("2026-11-28T21:30:05.123Z"),
                Severity.ERROR,
                4));
  }

  @Test
  void delete_existingId_removesSession() {
    long id = store.save(SampleReports.full());

    assertThat(store.delete(id)).isTrue();
    assertThat(store.load(id)).isEmpty();
  }

  @Test
  void delete_unknownId_returnsFalse() {
    assertThat(store.delete(99)).isFalse();
  }

  @Test
  void save_afterDeletingNewest_doesNotReuseItsId() {
    long first = store.save(SampleReports.full());
    store.delete(first);

    long second = store.save(SampleReports.full());

    assertThat(second).isGreaterThan(first);
  }

  @Test
  void defaultDatabase_mailpathHomeProperty_isHistoryDbInThatFolder() {
    String before = System.getProperty("mailpath.home");
    System.setProperty("mailpath.home", dir.toString());
    try {
      assertThat(HistoryStore.defaultDatabase()).isEqualTo(dir.resolve("history.db"));
    } finally {
      if (before == null) {
        System.clearProperty("mailpath.home");
      } else {
        System.setProperty("mailpath.home", before);
      }
    }
  }

  @Test
  void save_afterClose_throwsIllegalState() {
    store.close();

    assertThatThrownBy(() -> store.save(SampleReports.full()))
        .isInstanceOf(IllegalStateException.class);
  }
}
