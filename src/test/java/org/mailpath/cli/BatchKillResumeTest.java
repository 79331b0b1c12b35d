package org.mailpath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailpath.Main;
import org.mailpath.batch.BatchResult;
import org.mailpath.history.BatchRun;
import org.mailpath.history.BatchRuns;

/**
 * A batch killed with SIGKILL at a random point and resumed loses no target and traces none twice:
 * the child JVM runs {@code mailpath batch}, this test kills it once some results are stored, then
 * resumes the run in this JVM.
 */
class BatchKillResumeTest {

  private static final int TARGETS = 60;

  @TempDir Path dir;

  @Test
  void resume_afterKill9_everyTargetDoneExactlyOnce() throws Exception {
    Path targets = BatchLab.bulkFile(dir, TARGETS);
    Path db = dir.resolve("history.db");
    int killAfter = ThreadLocalRandom.current().nextInt(3, TARGETS / 2);
    ProcessBuilder child =
        new ProcessBuilder(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "batch",
                targets.toString(),
                "--quick",
                "--concurrency",
                "4")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("child.log").toFile());
    child.environment().put("MAILPATH_HOME", dir.toString());
    Process process = child.start();
    int doneAtKill;
    try {
      doneAtKill = waitForDone(db, killAfter, process);
    } finally {
      process.destroyForcibly(); // SIGKILL on Linux: no shutdown hook runs
      process.waitFor();
    }
    assertThat(doneAtKill).as("killed before the end").isLessThan(TARGETS);

    int status = BatchLab.batch(db, new StringWriter(), "--resume");

    assertThat(status).isEqualTo(ExitStatus.ERROR_FINDING);
    try (BatchRuns runs = BatchRuns.open(db)) {
      BatchRun run = runs.list().get(0);
      assertThat(run.done()).isEqualTo(TARGETS);
      assertThat(runs.pending(run.id())).isEmpty();
      assertThat(runs.sessions().list(10 * TARGETS)).hasSize(TARGETS); // none stored twice
      List<BatchResult> results = new ArrayList<>();
      runs.forEachResult(run.id(), results::add);
      assertThat(results)
          .extracting(r -> r.target().position())
          .doesNotHaveDuplicates()
          .hasSize(TARGETS);
      results.forEach(r -> BatchLab.assertScenarioFindings(r.report()));
    }
  }

  /** Polls the child's database until {@code count} targets are done; returns how many were. */
  private static int waitForDone(Path db, int count, Process process) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(deadline) && process.isAlive()) {
      if (db.toFile().exists()) {
        try (BatchRuns runs = BatchRuns.open(db)) {
          List<BatchRun> list = runs.list();
          if (!list.isEmpty() && list.get(0).done() >= count) {
            return list.get(0).done();
          }
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the child batch never reached " + count + " targets");
  }
}
