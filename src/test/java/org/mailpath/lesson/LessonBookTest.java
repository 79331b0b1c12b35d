package org.mailpath.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mailpath.exposure.Observer;
import org.mailpath.exposure.Part;
import org.mailpath.exposure.Protection;
import org.mailpath.exposure.Visibility;

class LessonBookTest {

  @Test
  void shipped_inCourseOrder_holdsTheFiveLessonsOfIssue12() {
    LessonBook book = LessonBook.shipped();

    assertThat(book.lessons()).extracting(Lesson::number).containsExactly(1, 2, 3, 4, 5);
    assertThat(book.lessons())
        .extracting(Lesson::title)
        .containsExactly(
            "STARTTLS not offered",
            "STARTTLS offered, but the handshake fails",
            "Enforcing TLS: defer or bounce",
            "The attacker: opportunistic TLS, DANE and MTA-STS",
            "What PGP and S/MIME leave exposed");
    assertThat(book.lessons())
        .allSatisfy(
            l -> {
              assertThat(l.narrative()).isNotEmpty().anyMatch(p -> p.contains("RFC "));
              assertThat(l.steps()).allSatisfy(s -> assertThat(s.notices()).isNotEmpty());
            });
  }

  @Test
  void shipped_lesson4_usesTheAttackerScenariosAndTheAttackerOption() {
    Lesson attacker = LessonBook.shipped().lesson(4).orElseThrow();

    assertThat(attacker.steps())
        .extracting(LessonStep::target)
        .contains(
            "alice@strip.mail.test",
            "alice@strip-dane.mail.test",
            "alice@strip-sts.mail.test",
            "alice@mitm-cert.mail.test");
    assertThat(attacker.steps()).extracting(LessonStep::attacker).contains("strip");
  }

  @Test
  void lesson_outOfRange_isEmpty() {
    assertThat(LessonBook.shipped().lesson(0)).isEmpty();
    assertThat(LessonBook.shipped().lesson(6)).isEmpty();
  }

  @Test
  void read_oneLesson_keepsParagraphsCaptionAndContinuedItems() throws Exception {
    LessonBook book =
        LessonBook.read(
            new StringReader(
                """
                # title
                <!-- a comment
                over lines -->
                ## Lesson 1: One

                First paragraph,
                continued (RFC 1).

                Second.

                ### Trace alice@x.mail.test --attacker strip --quick
                A caption.
                - [finding starttls-not-supported] Notice
                  this.
                - [exposure smime-hp subject relay protected] And this.
                """));

    Lesson one = book.lesson(1).orElseThrow();
    assertThat(one.narrative()).containsExactly("First paragraph, continued (RFC 1).", "Second.");
    LessonStep step = one.steps().get(0);
    assertThat(step.commandLine())
        .isEqualTo("mailpath trace alice@x.mail.test --attacker strip --quick");
    assertThat(step.caption()).isEqualTo("A caption.");
    assertThat(step.notices())
        .containsExactly(
            new Notice("Notice this.", new Check.FindingRaised("starttls-not-supported")),
            new Notice(
                "And this.",
                new Check.ExposureCell(
                    Protection.SMIME_HP, Part.SUBJECT, Observer.RELAY, Visibility.PROTECTED)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "finding",
        "sender postfix-may delivered",
        "exposure smime subject nobody readable",
        "exposure rot13 subject relay readable",
        "guess something"
      })
  void read_badCheck_failsWithTheLine(String spec) {
    String text = "## Lesson 1: One\nText.\n### Trace a@x.test\n- [" + spec + "] Item.\n";

    assertThatThrownBy(() -> LessonBook.read(new StringReader(text)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("line 4");
  }

  @Test
  void read_lessonsOutOfOrder_fail() {
    String text = "## Lesson 2: Two\n### Trace a@x.test\n- [finding null-mx] Item.\n";

    assertThatThrownBy(() -> LessonBook.read(new StringReader(text)))
        .hasMessageContaining("out of order");
  }
}
