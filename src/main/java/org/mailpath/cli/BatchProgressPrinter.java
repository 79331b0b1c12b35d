package org.mailpath.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import org.mailpath.batch.BatchProgress;

/**
 * Shows a batch's progress: on a terminal, one bar redrawn in place (done/total, rate, ETA,
 * failures); otherwise (a pipe, a CI log) a plain line every {@link #LINE_EVERY} targets and at the
 * end, so logs stay short.
 */
final class BatchProgressPrinter implements Consumer<BatchProgress> {

  private static final int BAR_WIDTH = 30;
  static final int LINE_EVERY = 50;

  /** Redraw at most this often: a fast lab batch would otherwise flood the terminal. */
  private static final long REDRAW_NANOS = Duration.ofMillis(200).toNanos();

  private final PrintWriter out;
  private final boolean terminal;
  private long lastDraw;

  BatchProgressPrinter(PrintWriter out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  @Override
  public synchronized void accept(BatchProgress p) {
    if (terminal) {
      long now = System.nanoTime();
      if (!p.finished() && now - lastDraw < REDRAW_NANOS) {
        return;
      }
      lastDraw = now;
      out.print("\r" + bar(p) + " " + line(p) + "\u001b[K");
      if (p.finished()) {
        out.println();
      }
    } else if (p.done() % LINE_EVERY == 0 || p.finished()) {
      out.println("batch: " + line(p));
    }
    out.flush();
  }

  /** Ends the bar's line, so what is printed next starts on its own. */
  synchronized void end() {
    if (terminal) {
      out.println();
      out.flush();
    }
  }

  static String bar(BatchProgress p) {
    int filled = p.total() == 0 ? BAR_WIDTH : (int) ((long) p.done() * BAR_WIDTH / p.total());
    return "[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "]";
  }

  static String line(BatchProgress p) {
    Duration eta = p.eta();
    return String.format(
        Locale.ROOT,
        "%d/%d done, %.1f/s, ETA %s, %d with errors, %d could not run",
        p.done(),
        p.total(),
        p.rate(),
        eta == null ? "-" : clock(eta),
        p.errors(),
        p.failures());
  }

  private static String clock(Duration d) {
    long s = d.toSeconds();
    return s >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
