package org.mailpath.cli;

import java.io.PrintWriter;
import org.mailpath.context.StepStatus;
import org.mailpath.trace.TraceEvent;
import org.mailpath.trace.TraceListener;

/** Prints a running trace line by line: connections, steps as they end, the SMTP dialogue. */
final class TraceProgressPrinter implements TraceListener {

  private final PrintWriter out;

  TraceProgressPrinter(PrintWriter out) {
    this.out = out;
  }

  @Override
  public synchronized void onEvent(TraceEvent event) {
    if (event instanceof TraceEvent.ConnectionPlanned p) {
      out.println("== " + p.plan().id() + "  " + p.plan().label());
    } else if (event instanceof TraceEvent.StepFinished f) {
      out.printf(
          "%-4s %s %-15s %6d ms  %s%n",
          f.step().scope(),
          mark(f.step().status()),
          f.step().kind().label(),
          f.step().duration().toMillis(),
          f.step().summary());
    } else if (event instanceof TraceEvent.TranscriptAppended t) {
      out.println(t.connectionId() + "   " + t.line().render());
    }
    out.flush();
  }

  /** Severity and status are shown by a word-like mark, not colour, so logs and pipes keep it. */
  static String mark(StepStatus status) {
    return switch (status) {
      case OK -> "ok  ";
      case WARNING -> "warn";
      case INCONCLUSIVE -> "????";
      case FAILED -> "FAIL";
      case SKIPPED -> "skip";
      case CANCELLED -> "stop";
      case RUNNING -> "... ";
    };
  }
}
