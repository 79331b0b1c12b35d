package org.mailpath.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailpath.batch.BatchResult;
import org.mailpath.batch.BatchTarget;

class BatchRunsTest {

  @TempDir Path dir;

  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  private final List<BatchTarget> targets =
      List.of(new BatchTarget(0, "a.test"), new BatchTarget(1, "b.test"), new BatchTarget(2, "c"));

  @Test
  void record_sameTargetTwice_storesOneSession() {
    try (BatchRuns runs = BatchRuns.open(dir.resolve("h.db"))) {
      long run = runs.create("list.txt", List.of("list.txt"), "0/1", targets, NOW);

      boolean first = runs.record(run, BatchResult.of(targets.get(0), SampleReports.full()), NOW);
      boolean second = runs.record(run, BatchResult.of(targets.get(0), SampleReports.full()), NOW);

      assertThat(first).isTrue();
      assertThat(second).isFalse();
      assertThat(runs.sessions().list(100)).hasSize(1);
    }
  }

  @Test
  void pending_afterResultsAndReopen_listsOnlyTargetsNotDone() {
    Path db = dir.resolve("h.db");
    long run;
    try (BatchRuns runs = BatchRuns.open(db)) {
      run = runs.create("list.txt", List.of("list.txt", "--quick"), "0/1", targets, NOW);
      runs.record(run, BatchResult.of(targets.get(1), SampleReports.full()), NOW);
      runs.record(run, BatchResult.failed(targets.get(2), "bad target"), NOW);
    }
    try (BatchRuns runs = BatchRuns.open(db)) {
      assertThat(runs.pending(run)).containsExactly(targets.get(0));
      BatchRun stored = runs.latestUnfinished().orElseThrow();
      assertThat(stored.done()).isEqualTo(2);
      assertThat(stored.arguments()).containsExactly("list.txt", "--quick");
      List<BatchResult> results = new ArrayList<>();
      runs.forEachResult(run, results::add);
      assertThat(results).extracting(r -> r.target().position()).containsExactly(1, 2);
      assertThat(results.get(1).failure()).isEqualTo("bad target");
    }
  }

  @Test
  void finish_run_isNoLongerResumable() {
    try (BatchRuns runs = BatchRuns.open(dir.resolve("h.db"))) {
      long run = runs.create("l", List.of(), "0/1", targets, NOW);

      runs.finish(run, NOW);

      assertThat(runs.latestUnfinished()).isEmpty();
      assertThat(runs.run(run).orElseThrow().finished()).isEqualTo(NOW);
    }
  }
}
