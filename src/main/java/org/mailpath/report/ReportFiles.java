package org.mailpath.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import org.mailpath.report.section.ReportContext;

/**
 * Writes a stored session as a file, the same way for the report command and the window's Export…:
 * rendered next to the target and moved in place, so a failed export leaves no half file. Only a
 * regular file (or a link to one) is replaced, or a new name created; a folder, a device or a FIFO
 * is refused, never replaced.
 */
public final class ReportFiles {

  /** The formats a session can be written as. */
  public enum Format {
    PDF,
    MARKDOWN,
    JSON
  }

  interface Body {
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

  /**
   * Where a report for {@code file} goes: {@code file} itself when it is a regular file or a new
   * name, the file a link points to when that is a regular file (the link stays a link).
   *
   * @throws RefusedTargetException for anything else; the message says what the path is
   */
  public static Path checkTarget(Path file) throws IOException {
    Path target = file.toAbsolutePath();
    BasicFileAttributes found;
    try {
      found = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return target;
    }
    if (found.isRegularFile()) {
      return target;
    }
    if (!found.isSymbolicLink()) {
      throw refused(file, "is " + kind(found));
    }
    Path linked;
    try {
      linked = target.toRealPath();
    } catch (NoSuchFileException e) {
      throw refused(file, "is a link to nothing");
    }
    BasicFileAttributes pointed = Files.readAttributes(linked, BasicFileAttributes.class);
    if (!pointed.isRegularFile()) {
      throw refused(file, "is a link to " + kind(pointed));
    }
    return linked;
  }

  private static String kind(BasicFileAttributes attributes) {
    return attributes.isDirectory() ? "a folder" : "a device, a FIFO or a socket";
  }

  private static RefusedTargetException refused(Path file, String what) {
    return new RefusedTargetException(
        file + " " + what + "; a report is written only to a regular file or a new name");
  }

  private static Body utf8(String text) {
    return out -> out.write(text.getBytes(StandardCharsets.UTF_8));
  }

  static void atomically(Path file, Body body) throws IOException {
    Path target = checkTarget(file);
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
      // Checked again just before the rename, which would replace a FIFO or a device node.
      checkTarget(target);
      Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(part);
    }
  }
}
