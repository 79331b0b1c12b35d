package org.mailpath.history;

import java.io.PrintStream;
import java.nio.file.Path;
import org.mailpath.trace.TraceReport;

/**
 * The child process of {@link CrashSafetyTest}: saves sessions in a loop until it is killed, and
 * after each save has returned prints {@code committed <id> <round> <n>}. The parent only believes
 * lines that arrive whole, and rebuilds the report with {@link #report}.
 */
public final class CrashWriter {

  private CrashWriter() {}

  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    int round = Integer.parseInt(args[1]);
    PrintStream out = System.out;
    try (HistoryStore store = HistoryStore.open(file)) {
      for (int n = 0; ; n++) {
        long id = store.save(report(round, n));
        out.println("committed " + id + " " + round + " " + n);
        out.flush();
      }
    }
  }

  /** The n-th report of a round: every field filled, target and start time unique. */
  static TraceReport report(int round, int n) {
    return SampleReports.full(
        "round" + round + "-" + n + "@good.mail.test",
        SampleReports.STARTED.plusSeconds(round * 100_000L + n));
  }
}
