package org.mailpath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailpath.batch.BatchResult;
import org.mailpath.batch.BatchSummary;
import org.mailpath.batch.BatchTarget;
import org.mailpath.batch.ResultFiles;
import org.mailpath.trace.TraceReport;

/** Batches of bulk lab domains, traced for real against the lab on loopback. */
class BatchLabTest {

  @TempDir Path dir;

  @Test
  void call_200BulkLabDomains_everyTargetOnceWithItsScenariosFindings() throws Exception {
    Path targets = BatchLab.bulkFile(dir, 200);
    Path jsonl = dir.resolve("out.jsonl");
    Path csv = dir.resolve("out.csv");
    StringWriter out = new StringWriter();

    int status =
        BatchLab.batch(
            dir.resolve("h.db"),
            out,
            targets.toString(),
            "--quick",
            "--concurrency",
            "8",
            "--output",
            jsonl.toString(),
            "--csv",
            csv.toString());

    List<TraceReport> reports = BatchLab.reports(jsonl);
    assertThat(status).isEqualTo(ExitStatus.ERROR_FINDING); // some scenarios are errors on purpose
    assertThat(reports).extracting(TraceReport::target).doesNotHaveDuplicates().hasSize(200);
    reports.forEach(BatchLab::assertScenarioFindings);
    assertThat(Files.readAllLines(csv)).hasSize(201);
    assertThat(out.toString()).contains("Summary of 200 targets (0 could not run)");
  }

  @Test
  void merge_threeShardsOfOneInput_summaryEqualsOneRun() throws Exception {
    Path targets = BatchLab.bulkFile(dir, 30);
    Path db = dir.resolve("h.db");
    StringWriter ignored = new StringWriter();
    Path whole = dir.resolve("whole.jsonl");
    BatchLab.batch(db, ignored, targets.toString(), "--quick", "--output", whole.toString());
    String[] shards = new String[3];
    for (int k = 0; k < 3; k++) {
      shards[k] = dir.resolve("shard" + k + ".jsonl").toString();
      BatchLab.batch(
          db, ignored, targets.toString(), "--quick", "--shard", k + "/3", "--output", shards[k]);
    }
    Path merged = dir.resolve("merged.jsonl");
    StringWriter mergeOut = new StringWriter();

    int status =
        BatchLab.batch(
            db, mergeOut, "merge", shards[0], shards[1], shards[2], "--output", merged.toString());

    assertThat(status).isIn(ExitStatus.OK, ExitStatus.ERROR_FINDING);
    assertThat(BatchLab.reports(merged)).hasSize(30);
    assertThat(summary(merged)).isEqualTo(summary(whole));
    assertThat(mergeOut.toString()).contains("Summary of 30 targets");
  }

  private static BatchSummary summary(Path jsonl) throws Exception {
    try (ResultFiles files = ResultFiles.create(null, null)) {
      int[] i = {0};
      ResultFiles.readJsonLines(
          jsonl, r -> files.add(BatchResult.of(new BatchTarget(i[0]++, r.target()), r)));
      return files.summary();
    }
  }
}
