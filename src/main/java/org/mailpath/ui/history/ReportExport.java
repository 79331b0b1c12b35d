package org.mailpath.ui.history;

import java.io.IOException;
import java.nio.file.Path;
import org.mailpath.report.ReportFiles;
import org.mailpath.report.section.ReportContext;

/**
 * Writes a session with the renderers {@code mailpath report} uses, so a file exported from the
 * window is the file the command would write. Runs on a background thread: PDF takes a while.
 */
final class ReportExport {

  private ReportExport() {}

  static void write(ReportContext context, ExportFormat format, Path file) throws IOException {
    ReportFiles.write(context, ReportFiles.Format.valueOf(format.name()), file);
  }
}
