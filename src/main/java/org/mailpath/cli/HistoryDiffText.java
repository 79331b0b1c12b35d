package org.mailpath.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.mailpath.report.diff.Change;
import org.mailpath.report.diff.ReportDiff;

/** A {@link ReportDiff} as a person reads it in a terminal: "+" appeared, "-" gone, "~" changed. */
final class HistoryDiffText {

  private final PrintWriter out;
  private final Function<Instant, String> time;

  HistoryDiffText(PrintWriter out, Function<Instant, String> time) {
    this.out = out;
    this.time = time;
  }

  void print(ReportDiff diff) {
    out.printf("Before  %s%n", side(diff.before()));
    out.printf("After   %s%n", side(diff.after()));
    if (!diff.sameDomain()) {
      out.printf(
          "Note    the sessions are of different domains (%s, %s); compared anyway.%n",
          diff.before().domain(), diff.after().domain());
    }
    if (!diff.notCompared().isEmpty()) {
      out.printf(
          "Not compared (no mail server in both sessions): %s.%n",
          String.join(", ", diff.notCompared()));
    }
    if (diff.isEmpty()) {
      out.printf("No change in %s.%n", String.join(", ", diff.unchanged()));
      return;
    }
    for (String aspect : diff.aspects()) {
      List<Change> changes = diff.changesOf(aspect);
      if (changes.isEmpty()) {
        continue;
      }
      out.println();
      out.println(aspect);
      changes.forEach(this::printChange);
    }
    out.println();
    out.printf("%d change%s.%n", diff.changes().size(), diff.changes().size() == 1 ? "" : "s");
  }

  private void printChange(Change c) {
    switch (c.kind()) {
      case ADDED -> out.printf("  + %s  %s%n", c.subject(), c.after());
      case REMOVED -> out.printf("  - %s  %s%n", c.subject(), c.before());
      case CHANGED -> out.printf("  ~ %s  %s -> %s%n", c.subject(), c.before(), c.after());
    }
  }

  private String side(ReportDiff.Side s) {
    return String.format(
        "session %s  %s  %s  (%s)",
        s.sessionId(), time.apply(s.started()), s.target(), s.network());
  }
}
