package org.mailpath;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.mailpath.cli.MailpathCommand;
import picocli.CommandLine;

/** The quick answer to --version says exactly what the full command line says. */
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
}
