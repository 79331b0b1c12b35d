package org.mailpath.lesson;

import java.util.List;
import org.mailpath.trace.TraceReport;

/**
 * A lesson with the reports of its lab traces, one per step and in the same order: what a handout
 * is drawn from.
 *
 * @param lesson the lesson
 * @param reports the report of each of its steps
 */
public record LessonRun(Lesson lesson, List<TraceReport> reports) {

  public LessonRun {
    reports = List.copyOf(reports);
    if (reports.size() != lesson.steps().size()) {
      throw new IllegalArgumentException(
          "lesson "
              + lesson.number()
              + " has "
              + lesson.steps().size()
              + " traces, not "
              + reports.size());
    }
  }

  /** Whether every "what to notice" item of every step is shown by its report. */
  public boolean allShown() {
    for (int i = 0; i < reports.size(); i++) {
      TraceReport report = reports.get(i);
      if (!lesson.steps().get(i).notices().stream().allMatch(n -> n.check().holds(report))) {
        return false;
      }
    }
    return true;
  }
}
