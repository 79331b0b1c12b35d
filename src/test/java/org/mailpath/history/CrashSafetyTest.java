package org.mailpath.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.mailpath.trace.TraceReport;

/**
 * A process killed with SIGKILL in the middle of saving leaves a sound database in which every
 * session it had reported as committed is intact. Five child JVMs, each killed at a random moment
 * after its first commit.
 */
class CrashSafetyTest {

  private static final int ROUNDS = 5;

  /** Bounds a hang, not a speed: a child JVM on a loaded 2-core machine takes seconds to start. */
  private static final Duration FIRST_COMMIT_DEADLINE = Duration.ofSeconds(30);

  private static final int MAX_EXTRA_LIFE_MILLIS = 400;
  private static final Pattern COMMITTED = Pattern.compile("committed (\\d+) (\\d+) (\\d+)");

  @TempDir static Path dir;
  private static Path file;
  private static final Map<Long, TraceReport> committed = new LinkedHashMap<>();

  @BeforeAll
  @Timeout(30)
  static void killWritersMidWrite() throws Exception {
    file = dir.resolve("history.db");
    Random random = new Random();
    for (int round = 0; round < ROUNDS; round++) {
      committed.putAll(runAndKill(round, random.nextInt(MAX_EXTRA_LIFE_MILLIS)));
    }
  }

  @Test
  void integrityCheck_afterKilledWriters_isOk() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("ok");
    }
  }

  @Test
  void load_everySessionReportedCommitted_isIntact() {
    assertThat(committed).hasSizeGreaterThanOrEqualTo(ROUNDS);
    try (HistoryStore store = HistoryStore.open(file)) {
      committed.forEach(
          (id, report) -> assertThat(store.load(id)).as("session %d", id).contains(report));
    }
  }

  private static Map<Long, TraceReport> runAndKill(int round, int extraLifeMillis)
      throws Exception {
    Process child = startWriter(round);
    List<String> lines = new CopyOnWriteArrayList<>();
    Thread reader = new Thread(() -> readLines(child, lines), "crash-writer-out-" + round);
    reader.start();
    try {
      long deadline = System.nanoTime() + FIRST_COMMIT_DEADLINE.toNanos();
      while (lines.isEmpty() && child.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      assertThat(lines).as("child JVM of round %d committed nothing", round).isNotEmpty();
      Thread.sleep(extraLifeMillis);
    } finally {
      child.destroyForcibly();
      child.waitFor(2, TimeUnit.SECONDS);
      reader.join(2_000);
    }
    Map<Long, TraceReport> ids = new LinkedHashMap<>();
    for (String line : lines) {
      Matcher m = COMMITTED.matcher(line);
      if (m.matches()) {
        ids.put(
            Long.parseLong(m.group(1)),
            CrashWriter.report(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
      }
    }
    return ids;
  }

  private static Process startWriter(int round) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path")));
    command.add("-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"));
    command.addAll(List.of(CrashWriter.class.getName(), file.toString(), String.valueOf(round)));
    return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
  }

  /** Keeps only lines that ended in a newline: a line cut by the kill is not a report. */
  private static void readLines(Process child, List<String> lines) {
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      StringBuilder line = new StringBuilder();
      int ch;
      while ((ch = in.read()) != -1) {
        if (ch == '\n') {
          lines.add(line.toString());
          line.setLength(0);
        } else {
          line.append((char) ch);
        }
      }
    } catch (IOException e) {
      // The pipe closes when the child dies; what was read so far stands.
    }
  }
}
