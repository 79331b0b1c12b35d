package org.mailpath.cli;

import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.Set;
import org.mailpath.lesson.Lesson;
import org.mailpath.lesson.LessonBook;
import org.mailpath.lesson.LessonStep;
import org.mailpath.lesson.Notice;
import org.mailpath.trace.TraceReport;

/** Prints a lesson: its list entry, narrative, each trace's facts and what to notice. */
final class LessonPrinter {

  /** Lines are wrapped to fit an 80-column terminal. */
  private static final int WIDTH = 78;

  static final String SHOWN = "✓";
  static final String NOT_SHOWN = "✗";

  private final PrintWriter out;

  LessonPrinter(PrintWriter out) {
    this.out = out;
  }

  void list(LessonBook book) {
    out.println("Lessons (run one with: mailpath lesson N; they trace the built-in lab):");
    for (Lesson lesson : book.lessons()) {
      int traces = lesson.steps().size();
      out.printf(
          "  %d  %-58s %d trace%s%n",
          lesson.number(), lesson.title(), traces, traces == 1 ? "" : "s");
    }
  }

  void opening(Lesson lesson, int count) {
    out.println("Lesson " + lesson.number() + " of " + count + ": " + lesson.title());
    out.println();
    for (String paragraph : lesson.narrative()) {
      wrap(paragraph, "", "");
      out.println();
    }
  }

  void step(LessonStep step, int index, int count) {
    out.println("Trace " + index + " of " + count + ": " + step.commandLine());
    if (!step.caption().isEmpty()) {
      wrap(step.caption(), "", "");
    }
    out.println("(tracing " + step.target() + " in the lab, not stored in history)");
  }

  /** Prints the report's facts and each item; returns whether the report shows every item. */
  boolean shown(LessonStep step, TraceReport report) {
    out.println();
    out.println("What the report shows:");
    Set<String> facts = new LinkedHashSet<>();
    step.notices().forEach(n -> facts.add(n.check().fact(report)));
    facts.forEach(fact -> wrap(fact, "  - ", "    "));
    out.println();
    out.println("What to notice:");
    boolean all = true;
    for (Notice notice : step.notices()) {
      boolean holds = notice.check().holds(report);
      all &= holds;
      wrap(
          notice.text() + (holds ? "" : " (NOT shown by this trace: the lab disagrees)"),
          "  " + (holds ? SHOWN : NOT_SHOWN) + " ",
          "    ");
    }
    out.println();
    return all;
  }

  void closing(Lesson lesson, int count) {
    out.println(
        lesson.number() < count
            ? "Next: mailpath lesson " + (lesson.number() + 1)
            : "That was the last lesson. 'mailpath lesson' lists them all.");
  }

  /** {@code text} as lines of at most {@link #WIDTH} characters, the first after {@code first}. */
  private void wrap(String text, String first, String rest) {
    StringBuilder line = new StringBuilder(first);
    int start = first.length();
    // "RFC 5321" stays on one line: its words travel joined by a no-break space until printed.
    for (String joined : text.replace("RFC ", "RFC\u00a0").split(" ")) {
      String word = joined.replace('\u00a0', ' ');
      if (word.isEmpty()) {
        continue;
      }
      if (line.length() > start && line.length() + 1 + word.length() > WIDTH) {
        out.println(line);
        line = new StringBuilder(rest);
        start = rest.length();
      }
      if (line.length() > start) {
        line.append(' ');
      }
      line.append(word);
    }
    out.println(line);
  }
}
