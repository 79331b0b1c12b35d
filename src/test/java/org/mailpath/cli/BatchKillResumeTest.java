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
 * A batch of 1,000 bulk lab domains killed with SIGKILL at two random points and resumed loses no
 * target and traces none twice: a child JVM runs {@code mailpath batch}, this test kills it once
 * some results are stored, a second child resumes it and is killed in turn, then this JVM resumes
 * the run to its end.
 */
class BatchKillResumeTest {

  private static final int TARGETS = 1_000;

  @TempDir Path dir;

  @Test
  void resume_afterKill9_everyTargetDoneExactlyOnce() throws Exception {
    Path targets = BatchLab.bulkFile(dir, TARGETS);
    Path db = dir.resolve("history.db");
    int firstKill = ThreadLocalRandom.current().nextInt(3, TARGETS / 3);
    int doneAtFirstKill = runChildUntil(db, firstKill, targets.toString(), "--quick");
    int secondKill = doneAtFirstKill + ThreadLocalRandom.current().nextInt(3, TARGETS / 3);
    int doneAtSecondKill = runChildUntil(db, secondKill, "--resume");
    assertThat(doneAtSecondKill).as("killed again before the end").isLessThan(TARGETS);

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

  /** Runs {@code mailpath batch ARGS} in a child JVM and kills it once {@code count} are done. */
  private int runChildUntil(Path db, int count, String... args) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "batch"));
    command.addAll(List.of(args));
    command.addAll(List.of("--concurrency", "8"));
    ProcessBuilder child =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("child.log").toFile()));
    child.environment().put("MAILPATH_HOME", dir.toString());
    Process process = child.start();
    try {
      return waitForDone(db, count, process);
    } finally {
      process.destroyForcibly(); // SIGKILL on Linux: no shutdown hook runs
      process.waitFor();
    }
  }

  /** Polls the child's database until {@code count} targets are done; returns how many were. */
  private static int waitForDone(Path db, int count, Process process) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
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
