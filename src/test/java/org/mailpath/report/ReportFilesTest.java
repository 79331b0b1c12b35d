package org.mailpath.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailpath.history.SampleReports;
import org.mailpath.report.ReportFiles.Format;
import org.mailpath.report.section.ReportContext;

/**
 * Where a report may go: a regular file or a new name, nothing else (a FIFO stands for a device).
 */
class ReportFilesTest {

  private static final ReportContext CONTEXT =
      new ReportContext(SampleReports.full(), 1L, ZoneOffset.UTC);

  @TempDir Path dir;

  static Path fifo(Path file) throws IOException, InterruptedException {
    Process mkfifo = new ProcessBuilder("mkfifo", file.toString()).start();
    assertThat(mkfifo.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(mkfifo.exitValue()).as("mkfifo").isZero();
    return file;
  }

  @Test
  void write_newName_createsFileAndLeavesNoPartFile() throws IOException {
    Path file = dir.resolve("r.json");

    ReportFiles.write(CONTEXT, Format.JSON, file);

    assertThat(ReportJson.read(Files.readString(file)).target()).isEqualTo("alice@good.mail.test");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void write_existingRegularFile_replacesIt() throws IOException {
    Path file = Files.writeString(dir.resolve("r.md"), "old");

    ReportFiles.write(CONTEXT, Format.MARKDOWN, file);

    assertThat(Files.readString(file)).contains("# Mail path report");
  }

  @Test
  void write_folder_isRefusedAndKept() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("r.pdf"));

    assertThatThrownBy(() -> ReportFiles.write(CONTEXT, Format.PDF, folder))
        .isInstanceOf(RefusedTargetException.class)
        .hasMessageContaining("is a folder");
    assertThat(folder).isDirectory();
  }

  @Test
  void write_fifo_isRefusedAndKept() throws Exception {
    Path fifo = fifo(dir.resolve("r.json"));

    assertThatThrownBy(() -> ReportFiles.write(CONTEXT, Format.JSON, fifo))
        .isInstanceOf(RefusedTargetException.class)
        .hasMessageContaining("a device, a FIFO or a socket");
    assertThat(Files.isRegularFile(fifo)).isFalse();
    assertThat(Files.exists(fifo)).isTrue();
  }

  @Test
  void write_linkToFolder_isRefused() throws IOException {
    Path link =
        Files.createSymbolicLink(dir.resolve("r.md"), Files.createDirectory(dir.resolve("d")));

    assertThatThrownBy(() -> ReportFiles.write(CONTEXT, Format.MARKDOWN, link))
        .isInstanceOf(RefusedTargetException.class)
        .hasMessageContaining("is a link to a folder");
  }

  @Test
  void write_linkToNothing_isRefused() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("r.md"), dir.resolve("elsewhere/x.md"));

    assertThatThrownBy(() -> ReportFiles.write(CONTEXT, Format.MARKDOWN, link))
        .isInstanceOf(RefusedTargetException.class)
        .hasMessageContaining("is a link to nothing");
  }

  @Test
  void write_linkToRegularFile_writesThatFileAndKeepsLink() throws IOException {
    Path real = Files.writeString(dir.resolve("real.md"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("r.md"), real);

    ReportFiles.write(CONTEXT, Format.MARKDOWN, link);

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).contains("# Mail path report");
  }
}
