package org.mailpath.lesson;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lessons, read from {@code resources/lessons/lessons.md}: trainers edit words there, not Java.
 * The file is Markdown with a few fixed forms:
 *
 * <pre>
 * ## Lesson 1: STARTTLS not offered        a lesson; numbered 1, 2, 3 … in order
 * Paragraphs of narrative.                 until the first trace
 * ### Trace alice@x.mail.test [--quick] [--attacker strip]
 * A caption paragraph.
 * - [finding CODE] what to notice …        one item; indented lines continue it
 * </pre>
 *
 * The checks an item may name are those of {@link CheckSyntax}. A malformed file is a fault of the
 * program (the file ships inside it), reported with its line number.
 */
public final class LessonBook {

  static final String RESOURCE = "/lessons/lessons.md";

  private static final String LESSON = "## Lesson ";
  private static final String TRACE = "### Trace ";

  private final List<Lesson> lessons;

  private LessonBook(List<Lesson> lessons) {
    this.lessons = List.copyOf(lessons);
  }

  /** The lessons shipped with mailpath. */
  public static LessonBook shipped() {
    try (InputStream in = LessonBook.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lessons {@code text} holds, in the form above. */
  public static LessonBook read(Reader text) throws IOException {
    return new Parser().parse(new BufferedReader(text));
  }

  /** Every lesson, in course order. */
  public List<Lesson> lessons() {
    return lessons;
  }

  /** Lesson {@code number} (from 1), if there is one. */
  public Optional<Lesson> lesson(int number) {
    return number >= 1 && number <= lessons.size()
        ? Optional.of(lessons.get(number - 1))
        : Optional.empty();
  }

  /** Reads the file line by line; holds the lesson, step and item being built. */
  private static final class Parser {
    private final List<Lesson> done = new ArrayList<>();
    private int number;
    private String title;
    private List<String> narrative;
    private List<LessonStep> steps;
    private String[] trace;
    private StringBuilder caption;
    private List<Notice> notices;
    private Check check;
    private StringBuilder item;
    private StringBuilder paragraph = new StringBuilder();
    private int lineNo;

    LessonBook parse(BufferedReader in) throws IOException {
      boolean comment = false;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        if (comment || line.startsWith("<!--")) {
          comment = !line.contains("-->");
          continue;
        }
        if (line.startsWith(LESSON)) {
          endLesson();
          startLesson(line.substring(LESSON.length()));
        } else if (line.startsWith(TRACE)) {
          requireLesson();
          endStep();
          trace = line.substring(TRACE.length()).trim().split("\\s+");
          caption = new StringBuilder();
          notices = new ArrayList<>();
        } else if (line.startsWith("- [")) {
          endParagraph();
          endItem();
          if (trace == null) {
            throw fault("a \"what to notice\" item outside a trace");
          }
          int close = line.indexOf(']');
          check = CheckSyntax.parse(line.substring(3, close)).orElseThrow(() -> fault("bad check"));
          item = new StringBuilder(line.substring(close + 1).trim());
        } else if (line.isBlank()) {
          endParagraph();
          endItem();
        } else if (item != null && line.startsWith("  ")) {
          item.append(' ').append(line.trim());
        } else if (!line.startsWith("# ") && title != null) {
          paragraph.append(paragraph.length() == 0 ? "" : " ").append(line.trim());
        }
      }
      endLesson();
      return new LessonBook(done);
    }

    private void startLesson(String heading) {
      int colon = heading.indexOf(':');
      if (colon < 0) {
        throw fault("a lesson heading needs \"N: title\"");
      }
      number = Integer.parseInt(heading.substring(0, colon).trim());
      if (number != done.size() + 1) {
        throw fault("lesson " + number + " is out of order");
      }
      title = heading.substring(colon + 1).trim();
      narrative = new ArrayList<>();
      steps = new ArrayList<>();
    }

    private void endParagraph() {
      if (paragraph.length() == 0) {
        return;
      }
      if (trace != null) {
        caption.append(caption.length() == 0 ? "" : " ").append(paragraph);
      } else {
        requireLesson();
        narrative.add(paragraph.toString());
      }
      paragraph = new StringBuilder();
    }

    private void endItem() {
      if (item != null) {
        notices.add(new Notice(item.toString(), check));
        item = null;
        check = null;
      }
    }

    private void endStep() {
      endParagraph();
      endItem();
      if (trace == null) {
        return;
      }
      String attacker = null;
      boolean quick = false;
      for (int i = 1; i < trace.length; i++) {
        switch (trace[i]) {
          case "--quick" -> quick = true;
          case "--attacker" -> attacker = trace[++i];
          default -> throw fault("unknown trace option " + trace[i]);
        }
      }
      if (notices.isEmpty()) {
        throw fault("the trace of " + trace[0] + " has nothing to notice");
      }
      steps.add(new LessonStep(trace[0], attacker, quick, caption.toString(), notices));
      trace = null;
    }

    private void endLesson() {
      endStep();
      endParagraph();
      if (title == null) {
        return;
      }
      if (steps.isEmpty()) {
        throw fault("lesson " + number + " has no trace");
      }
      done.add(new Lesson(number, title, narrative, steps));
      title = null;
    }

    private void requireLesson() {
      if (title == null) {
        throw fault("text before the first \"## Lesson\" heading");
      }
    }

    private IllegalStateException fault(String what) {
      return new IllegalStateException(RESOURCE + " line " + lineNo + ": " + what);
    }
  }
}
