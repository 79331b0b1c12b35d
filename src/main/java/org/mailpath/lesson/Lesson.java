package org.mailpath.lesson;

import java.util.List;

/**
 * One guided lesson.
 *
 * @param number its place in the course, from 1
 * @param title a few words, e.g. "STARTTLS not offered"
 * @param narrative the story, one paragraph per entry, with its RFC citations
 * @param steps the lab traces to run, in order
 */
public record Lesson(int number, String title, List<String> narrative, List<LessonStep> steps) {

  public Lesson {
    narrative = List.copyOf(narrative);
    steps = List.copyOf(steps);
  }
}
