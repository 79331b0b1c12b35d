package org.mailpath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line builds only the commands its arguments need, and still helps with all. */
class MailpathCommandTest {

  private static final String[] EVERY_COMMAND = {
    "gui", "trace", "exposure", "lab", "history", "report", "batch", "lesson"
  };

  @Test
  void commandLine_namedCommand_buildsOnlyThatCommand() {
    assertThat(MailpathCommand.commandLine("history", "list").getSubcommands())
        .containsOnlyKeys("history");
  }

  @Test
  void commandLine_noArguments_buildsNoCommandForTheWindow() {
    assertThat(MailpathCommand.commandLine().getSubcommands()).isEmpty();
  }

  @Test
  void help_listsEveryCommandInOrder() {
    CommandLine cli = MailpathCommand.commandLine("--help");
    StringWriter out = new StringWriter();
    cli.setOut(new PrintWriter(out, true));

    assertThat(cli.execute("--help")).isZero();
    assertThat(cli.getSubcommands().keySet()).containsExactly(EVERY_COMMAND);
    assertThat(out.toString()).contains("history").contains("lesson").contains("trace");
  }

  @Test
  void mistypedCommand_isBadInputAgainstEveryCommand() {
    assertThat(MailpathCommand.commandLine("histroy").getSubcommands().keySet())
        .containsExactly(EVERY_COMMAND);
    assertThat(MailpathCommand.run("histroy")).isEqualTo(ExitStatus.BAD_INPUT);
  }
}
