package org.mailpath.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.mailpath.report.section.ReportContext;

/**
 * Writes a stored session as a file, the same way for the report command and the window's Export…:
 * rendered next to the target and moved in place, so a failed export leaves no half file.
 */
public final class ReportFiles {

  /** The formats a session can be written as. */
  public enum Format {
    PDF,
    MARKDOWN,
    JSON
  }

  private interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  private ReportFiles() {}

  public static void write(ReportContext context, Format format, Path file) throws IOException {
    switch (format) {
      case PDF -> atomically(file, out -> new PdfReport().write(context, out));
      case MARKDOWN -> atomically(file, utf8(new MarkdownReport().render(context)));
      case JSON -> atomically(file, utf8(ReportJson.write(context.report(), true) + "\n"));
    }
  }

  private static Body utf8(String text) {
    return out -> out.write(text.getBytes(StandardCharsets.UTF_8));
  }

  private static void atomically(Path file, Body body) throws IOException {
    Path target = file.toAbsolutePath();
    Path part;
    try {
      part = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
    } catch (NoSuchFileException e) {
      throw new IOException(target + ": no such folder", e);
    } catch (AccessDeniedException e) {
      throw new IOException(target + ": permission denied", e);
    }
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
