package org.mailpath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** {@code mailpath lesson [N]}, through the real command line and the in-process lab. */
class LessonCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = MailpathCommand.commandLine(args);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void lesson_withoutN_listsFiveLessons() {
    int status = run("lesson");

    assertThat(status).isEqualTo(ExitStatus.OK);
    assertThat(out.toString().lines().filter(l -> l.matches("  \\d  .*"))).hasSize(5);
    assertThat(out.toString())
        .contains("1  STARTTLS not offered")
        .contains("5  What PGP and S/MIME leave exposed");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "6"})
  void lesson_noSuchN_isBadInput(String n) {
    assertThat(run("lesson", n)).isEqualTo(ExitStatus.BAD_INPUT);
    assertThat(err.toString()).contains("there is no lesson " + n).contains("1 to 5");
  }

  @Test
  void lesson4_runInTheLab_ticksEveryItemInWords() {
    int status = run("lesson", "4");

    String text = out.toString();
    assertThat(status).as(text + err).isEqualTo(ExitStatus.OK);
    assertThat(text)
        .startsWith("Lesson 4 of 5: The attacker")
        .contains("RFC 3207 §6")
        .contains("Trace 5 of 5: mailpath trace alice@good.mail.test --attacker strip --quick")
        .contains("What the report shows:")
        .contains("postfix-dane: defer")
        .contains("  " + LessonPrinter.SHOWN + " The DANE sender refuses")
        .doesNotContain(LessonPrinter.NOT_SHOWN)
        .contains("Next: mailpath lesson 5");
    assertThat(HumanWordsLabTest.NAMES.leaks(text)).isEmpty();
  }

  @Test
  void lesson5_exposureFacts_nameProtectionPartAndObserverInWords() {
    int status = run("lesson", "5");

    String text = out.toString();
    assertThat(status).as(text + err).isEqualTo(ExitStatus.OK);
    assertThat(text)
        .contains("With S/MIME and header protection: Subject, each relay: protected")
        .contains("last lesson");
    assertThat(HumanWordsLabTest.NAMES.leaks(text)).isEmpty();
  }
}
