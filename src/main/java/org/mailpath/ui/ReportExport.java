package org.mailpath.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.mailpath.report.MarkdownReport;
import org.mailpath.report.PdfReport;
import org.mailpath.report.ReportJson;
import org.mailpath.report.section.ReportContext;

/**
 * Writes a session with the renderers {@code mailpath report} uses, so a file exported from the
 * window is the file the command would write. Runs on a background thread: PDF takes a while.
 */
final class ReportExport {

  private ReportExport() {}

  static void write(ReportContext context, ExportFormat format, Path file) throws IOException {
    switch (format) {
      case PDF -> atomically(file, out -> new PdfReport().write(context, out));
      case MARKDOWN -> atomically(file, utf8(new MarkdownReport().render(context)));
      case JSON -> atomically(file, utf8(ReportJson.write(context.report(), true) + "\n"));
    }
  }

  private interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  private static Body utf8(String text) {
    return out -> out.write(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes next to the target and moves it in place, so a failed export leaves no half file. */
  private static void atomically(Path file, Body body) throws IOException {
    Path target = file.toAbsolutePath();
    Path part = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
    try {
      try (OutputStream out = Files.newOutputStream(part)) {
        body.writeTo(out);
      }
      Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(part);
    }
  }
}
