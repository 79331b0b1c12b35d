package org.mailpath;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailpath.cli.GuiCommand;
import org.mailpath.cli.MailpathCommand;
import picocli.CommandLine;

/**
 * The quick answers say exactly what the full command line says: --version its words, and the
 * window only where the command line would open it too.
 */
class MainTest {

  @Test
  void version_quickAnswer_matchesTheCommandLine() {
    ByteArrayOutputStream quick = new ByteArrayOutputStream();
    StringWriter full = new StringWriter();
    CommandLine cli = MailpathCommand.commandLine("--version");
    cli.setOut(new PrintWriter(full, true));

    boolean answered = Main.answeredAtOnce(new String[] {"--version"}, new PrintStream(quick));
    int status = cli.execute("--version");

    assertThat(answered).isTrue();
    assertThat(status).isZero();
    assertThat(quick.toString(StandardCharsets.UTF_8)).isEqualTo(full.toString());
  }

  @Test
  void otherArguments_goToTheCommandLine() {
    PrintStream out = new PrintStream(new ByteArrayOutputStream());
    assertThat(Main.answeredAtOnce(new String[] {"--version", "trace"}, out)).isFalse();
    assertThat(Main.answeredAtOnce(new String[] {"history", "--version"}, out)).isFalse();
    assertThat(Main.answeredAtOnce(new String[] {}, out)).isFalse();
  }

  @Test
  void window_quickPath_onlyWhereTheCommandLineOpensTheWindow() {
    for (String[] args : new String[][] {{}, {"gui"}}) {
      CommandLine.ParseResult parsed = MailpathCommand.commandLine(args).parseArgs(args);
      List<CommandLine> chosen = parsed.asCommandLineList();
      Object command = chosen.get(chosen.size() - 1).getCommand();

      assertThat(command).isInstanceOfAny(MailpathCommand.class, GuiCommand.class);
      assertThat(Main.opensTheWindow(args)).as(String.join(" ", args)).isTrue();
    }
    assertThat(Main.opensTheWindow(new String[] {"gui", "--help"})).isFalse();
    assertThat(Main.opensTheWindow(new String[] {"trace", "gui"})).isFalse();
    assertThat(Main.opensTheWindow(new String[] {"--help"})).isFalse();
  }
}
