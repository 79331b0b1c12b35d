package org.mailpath.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mailpath.address.TargetParser;
import org.mailpath.app.TraceService;
import org.mailpath.lesson.Lesson;
import org.mailpath.lesson.LessonBook;
import org.mailpath.lesson.LessonStep;
import org.mailpath.trace.TraceListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mailpath lesson [N]}: without N, lists the guided lessons; with N, runs lesson N's lab
 * traces in-process (not stored in history), prints its narrative, what each report shows and every
 * "what to notice" item, ticked when the report shows it. With {@code --pdf FILE}, writes every
 * lesson (or lesson N) as a handout in one PDF, the training pack.
 */
@Command(
    name = "lesson",
    mixinStandardHelpOptions = true,
    description = {
      "The guided lessons for trainers: STARTTLS, TLS handshakes, senders that defer or bounce,"
          + " the on-path attacker, and what PGP and S/MIME leave exposed.",
      "Without N, lists them. With N, traces the lesson's addresses against the built-in lab and"
          + " shows what to notice in each report. Needs no network.",
      "With --pdf FILE, writes the training pack: every lesson (or lesson N) as a handout."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:the list, or the lesson (or pack) with every item shown by its traces",
      "1:some item was not shown by the trace (the lab and the lesson disagree)",
      "2:bad usage or input (no lesson N; a --pdf FILE that is not a regular file or a new name)",
      "3:a trace could not run, or the PDF cannot be written"
    })
public final class LessonCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "N",
      arity = "0..1",
      description = "The lesson to run, from 1; without it, the list of lessons.")
  Integer number;

  @Option(
      names = "--pdf",
      paramLabel = "FILE",
      description =
          "Write the training pack to FILE: every lesson (or lesson N) as a handout, with its"
              + " traces, what to notice and the evidence.")
  Path pdf;

  @Override
  public Integer call() {
    PrintWriter out = VisibleWriter.guard(spec.commandLine().getOut());
    PrintWriter err = VisibleWriter.guard(spec.commandLine().getErr());
    LessonBook book = LessonBook.shipped();
    LessonPrinter printer = new LessonPrinter(out);
    if (pdf != null && number == null) {
      return new TrainingPackExport(out, err).write(book.lessons(), pdf);
    }
    if (number == null) {
      printer.list(book);
      out.flush();
      return ExitStatus.OK;
    }
    Optional<Lesson> chosen = book.lesson(number);
    if (chosen.isEmpty()) {
      err.println(
          "mailpath: there is no lesson "
              + number
              + "; the lessons are 1 to "
              + book.lessons().size()
              + " ('mailpath lesson' lists them)");
      err.flush();
      return ExitStatus.BAD_INPUT;
    }
    Lesson lesson = chosen.get();
    if (pdf != null) {
      return new TrainingPackExport(out, err).write(List.of(lesson), pdf);
    }
    printer.opening(lesson, book.lessons().size());
    boolean allShown = true;
    int index = 0;
    for (LessonStep step : lesson.steps()) {
      printer.step(step, ++index, lesson.steps().size());
      out.flush();
      Optional<TraceService.Outcome> outcome =
          TraceRunner.run(
              TargetParser.parse(step.target()), step.options(), null, TraceListener.NONE, err);
      if (outcome.isEmpty()) {
        err.flush();
        return ExitStatus.COULD_NOT_RUN;
      }
      allShown &= printer.shown(step, outcome.get().report());
      out.flush();
    }
    printer.closing(lesson, book.lessons().size());
    out.flush();
    return allShown ? ExitStatus.OK : ExitStatus.ERROR_FINDING;
  }
}
