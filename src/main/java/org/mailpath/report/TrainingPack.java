package org.mailpath.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mailpath.lesson.LessonRun;
import org.mailpath.report.doc.Block;
import org.mailpath.report.doc.Block.Fact;
import org.mailpath.report.section.LessonHandout;

/**
 * The training pack: a cover with the list of lessons, then every lesson as a handout starting on a
 * page of its own, laid out like the PDF report (same fonts, style sheet and blocks).
 */
public final class TrainingPack {
  private TrainingPack() {}

  static final String TITLE = "Training pack";

  /** Writes the pack of {@code runs} to {@code file} the way reports are written. */
  public static void write(List<LessonRun> runs, Path file) throws IOException {
    ReportFiles.atomically(file, out -> pdf(runs, out));
  }

  /** The pack of {@code runs} as PDF on {@code out}. */
  public static void pdf(List<LessonRun> runs, OutputStream out) {
    String version =
        runs.isEmpty() || runs.get(0).reports().isEmpty()
            ? ""
            : runs.get(0).reports().get(0).toolVersion();
    PdfReport.render(
        HtmlReport.document("mailpath " + TITLE, version, "mailpath · " + TITLE, blocks(runs)),
        out);
  }

  static List<Block> blocks(List<LessonRun> runs) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Title(TITLE, "Transport security and end-to-end security, in the lab"));
    blocks.add(
        new Block.Facts(
            List.of(
                Fact.of("Lessons", String.valueOf(runs.size())),
                Fact.of(
                    "Network",
                    "lab - mailpath's built-in training network on this computer (.test names)"),
                Fact.of(
                    "How to use it",
                    "One handout per lesson. Each trace can be run again in the window (Lessons"
                        + " menu) or with the command shown; every \"what to notice\" item says"
                        + " whether this run of the lab showed it."))));
    blocks.add(new Block.Contents());
    for (LessonRun run : runs) {
      blocks.add(new Block.PageBreak());
      blocks.addAll(LessonHandout.render(run));
    }
    return blocks;
  }
}
