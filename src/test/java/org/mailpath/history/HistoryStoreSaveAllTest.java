package org.mailpath.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailpath.finding.Severity;
import org.mailpath.trace.TraceReport;

class HistoryStoreSaveAllTest {

  private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

  @TempDir Path dir;

  @Test
  void saveAll_severalReports_returnsIdsInOrderAndEachLoads() {
    try (HistoryStore store = HistoryStore.open(dir.resolve("h.db"))) {
      TraceReport a = SampleReports.minimal("a@a.org", "a.org", T0, Severity.INFO);
      TraceReport b = SampleReports.full();

      List<Long> ids = store.saveAll(List.of(a, b));

      assertThat(ids).hasSize(2);
      assertThat(store.load(ids.get(0))).contains(a);
      assertThat(store.load(ids.get(1))).contains(b);
    }
  }

  @Test
  void saveAll_oneReportFails_storesNone() {
    try (HistoryStore store = HistoryStore.open(dir.resolve("h.db"))) {
      TraceReport good = SampleReports.minimal("a@a.org", "a.org", T0, Severity.INFO);
      TraceReport broken =
          new TraceReport(
              "b@b.org",
              "b.org",
              "internet",
              "dev",
              null,
              null,
              good.resolution(),
              List.of(),
              List.of(),
              List.of(),
              false);

      assertThatThrownBy(() -> store.saveAll(List.of(good, broken)))
          .isInstanceOf(NullPointerException.class);
      assertThat(store.list(10)).isEmpty();
    }
  }
}
