package org.mailpath.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mailpath.address.TargetParser;
import org.mailpath.app.TraceService;
import org.mailpath.lab.Lab;
import org.mailpath.trace.TraceListener;
import org.mailpath.trace.TraceReport;

/**
 * Every lesson, run end to end against the lab: each "what to notice" item must be shown by the
 * real report, so a lesson can never state something the lab does not show.
 */
class LessonLabTest {

  private static ExecutorService executor;
  private static Lab lab;
  private static TraceService service;

  @BeforeAll
  static void start() {
    executor = Executors.newCachedThreadPool();
    lab = Lab.start(Duration.ZERO);
    service = new TraceService(executor, Clock.systemUTC(), () -> lab, null);
  }

  @AfterAll
  static void stop() {
    lab.close();
    executor.shutdownNow();
  }

  static Stream<Lesson> lessons() {
    return LessonBook.shipped().lessons().stream();
  }

  @ParameterizedTest(name = "lesson {0}")
  @MethodSource("lessons")
  void lesson_tracedInTheLab_showsEveryItem(Lesson lesson) throws Exception {
    for (LessonStep step : lesson.steps()) {
      assertThat(step.target()).as("lessons trace the lab only").endsWith(".test");
      TraceReport report =
          service
              .trace(TargetParser.parse(step.target()), step.options(), false, TraceListener.NONE)
              .get(90, TimeUnit.SECONDS)
              .report();
      assertSoftly(
          soft -> {
            for (Notice notice : step.notices()) {
              soft.assertThat(notice.check().holds(report))
                  .as(
                      "%s: \"%s\" — the report shows: %s",
                      step.commandLine(), notice.text(), notice.check().fact(report))
                  .isTrue();
            }
          });
    }
  }
}
