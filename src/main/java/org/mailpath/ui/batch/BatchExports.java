package org.mailpath.ui.batch;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mailpath.batch.ResultFiles;
import org.mailpath.report.BatchHtmlReport;
import org.mailpath.report.BatchReport;
import org.mailpath.report.BatchSummaryCsv;

/**
 * Writes what the Batch view shows: the results CSV exactly as {@code mailpath batch --csv} writes
 * it (read back from history), the summary as CSV, and the summary with its charts as PDF. Files
 * are written on the background executor; the outcome appears in the status line.
 */
public final class BatchExports {

  private final BatchArchive archive;
  private final Background background;
  private final StatusLine status;

  BatchExports(BatchArchive archive, Background background, StatusLine status) {
    this.archive = archive;
    this.background = background;
    this.status = status;
  }

  /** One row per target of the run, the command's CSV columns. */
  public void resultsCsv(long runId, Path file) {
    write(
        file,
        "the results of batch run " + runId,
        () -> {
          try (ResultFiles files = ResultFiles.create(null, file)) {
            archive.forEachResult(runId, files::add);
          }
        });
  }

  /** The headline numbers and every chart's bars. */
  public void summaryCsv(BatchReport report, Path file) {
    write(
        file,
        "the summary",
        () -> {
          try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            BatchSummaryCsv.write(report, out);
          }
        });
  }

  /** The headline numbers and the charts, as a PDF report. */
  public void pdf(BatchReport report, Path file) {
    write(
        file,
        "the summary report",
        () -> {
          try (OutputStream out = Files.newOutputStream(file)) {
            new BatchHtmlReport().writePdf(report, out);
          }
        });
  }

  private interface FileWork {
    void run() throws Exception;
  }

  private void write(Path file, String what, FileWork work) {
    status.notice("Writing " + what + " to " + file.getFileName() + "…");
    background.run(
        () -> {
          work.run();
          return file;
        },
        (written, error) -> {
          if (error != null) {
            status.problem("Could not write " + file + ": " + Background.messageOf(error));
          } else {
            status.notice("Wrote " + what + " to " + file);
          }
        });
  }
}
