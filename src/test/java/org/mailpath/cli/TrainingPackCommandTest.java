package org.mailpath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailpath.lesson.Lesson;
import org.mailpath.lesson.LessonBook;
import org.mailpath.lesson.Notice;
import picocli.CommandLine;

/** {@code mailpath lesson [N] --pdf FILE}: the training pack, through the real command line. */
class TrainingPackCommandTest {

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = MailpathCommand.commandLine(args);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void lessonPdf_everyLesson_oneHandoutEachWithTitleTracesAndNotices() throws IOException {
    Path pack = dir.resolve("pack.pdf");

    int status = run("lesson", "--pdf", pack.toString());

    assertThat(status).as(out + "" + err).isEqualTo(ExitStatus.OK);
    String text = normalised(pack);
    List<Lesson> lessons = LessonBook.shipped().lessons();
    List<Integer> headings = new ArrayList<>();
    for (Lesson lesson : lessons) {
      String heading = "Lesson " + lesson.number() + ": " + lesson.title();
      // once in the contents, once as the handout's heading
      assertThat(text.split(java.util.regex.Pattern.quote(heading), -1)).hasSize(3);
      headings.add(text.lastIndexOf(heading));
      lesson.steps().forEach(step -> assertThat(text).contains("Lab address " + step.target()));
      for (Notice notice : lesson.steps().stream().flatMap(s -> s.notices().stream()).toList()) {
        // the PDF may wrap a line after a hyphen: compared without spaces
        assertThat(text.replace(" ", "")).contains(notice.text().replaceAll("\\s+", ""));
      }
    }
    assertThat(headings).isSorted();
    assertThat(text).contains("✓ shown").doesNotContain("✗ not shown");
    assertThat(out.toString()).contains("Wrote the training pack (5 lessons) to " + pack);
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(pack); // the temporary file beside it is gone
    }
  }

  @Test
  void lessonPdf_oneLesson_onlyItsHandout() throws IOException {
    Path pack = dir.resolve("lesson1.pdf");

    int status = run("lesson", "1", "--pdf", pack.toString());

    assertThat(status).as(out + "" + err).isEqualTo(ExitStatus.OK);
    String text = normalised(pack);
    assertThat(text).contains("Lesson 1: STARTTLS not offered").doesNotContain("Lesson 2:");
    assertThat(text).contains("starttls-not-supported").contains("deliver-clear");
  }

  @Test
  void lessonPdf_folder_refusedBeforeAnyTrace() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("a-folder"));

    int status = run("lesson", "--pdf", folder.toString());

    assertThat(status).isEqualTo(ExitStatus.BAD_INPUT);
    assertThat(err.toString()).contains("is a folder").contains("regular file");
    assertThat(out.toString()).doesNotContain("Tracing");
    assertThat(folder).isEmptyDirectory();
  }

  /** The PDF's text with line breaks and hyphen-free wrapping undone, spaces collapsed. */
  private static String normalised(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return words(new PDFTextStripper().getText(doc));
    }
  }

  private static String words(String text) {
    return text.replaceAll("\\s+", " ");
  }
}
