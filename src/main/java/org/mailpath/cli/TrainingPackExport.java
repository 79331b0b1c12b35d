package org.mailpath.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mailpath.address.TargetParser;
import org.mailpath.app.TraceService;
import org.mailpath.lesson.Lesson;
import org.mailpath.lesson.LessonRun;
import org.mailpath.lesson.LessonStep;
import org.mailpath.report.RefusedTargetException;
import org.mailpath.report.ReportFiles;
import org.mailpath.report.TrainingPack;
import org.mailpath.trace.TraceListener;
import org.mailpath.trace.TraceReport;

/**
 * {@code mailpath lesson [N] --pdf FILE}: runs the lessons' lab traces (not stored in history) and
 * writes them as the training pack, one handout per lesson. The target is checked before any trace
 * runs, so a refused path costs nothing.
 */
final class TrainingPackExport {

  private final PrintWriter out;
  private final PrintWriter err;

  TrainingPackExport(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  int write(List<Lesson> lessons, Path file) {
    try {
      ReportFiles.checkTarget(file);
    } catch (IOException e) {
      return cannotWrite(e);
    }
    List<LessonRun> runs = new ArrayList<>();
    boolean allShown = true;
    for (Lesson lesson : lessons) {
      out.println("Tracing lesson " + lesson.number() + ": " + lesson.title());
      out.flush();
      Optional<LessonRun> run = run(lesson);
      if (run.isEmpty()) {
        return ExitStatus.COULD_NOT_RUN;
      }
      allShown &= run.get().allShown();
      runs.add(run.get());
    }
    try {
      TrainingPack.write(runs, file);
    } catch (IOException | UncheckedIOException e) {
      return cannotWrite(e);
    }
    out.println(
        "Wrote the training pack ("
            + runs.size()
            + (runs.size() == 1 ? " lesson" : " lessons")
            + ") to "
            + file);
    if (!allShown) {
      out.println("Some items were not shown by their traces: the handouts mark them.");
    }
    out.flush();
    return allShown ? ExitStatus.OK : ExitStatus.ERROR_FINDING;
  }

  private Optional<LessonRun> run(Lesson lesson) {
    List<TraceReport> reports = new ArrayList<>();
    for (LessonStep step : lesson.steps()) {
      Optional<TraceService.Outcome> outcome =
          TraceRunner.run(
              TargetParser.parse(step.target()), step.options(), null, TraceListener.NONE, err);
      if (outcome.isEmpty()) {
        err.flush();
        return Optional.empty();
      }
      reports.add(outcome.get().report());
    }
    return Optional.of(new LessonRun(lesson, reports));
  }

  private int cannotWrite(Exception e) {
    err.println("mailpath: lesson: " + e.getMessage());
    err.flush();
    return e instanceof RefusedTargetException ? ExitStatus.BAD_INPUT : ExitStatus.COULD_NOT_RUN;
  }
}
