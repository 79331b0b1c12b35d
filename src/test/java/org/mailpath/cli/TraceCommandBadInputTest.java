package org.mailpath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class TraceCommandBadInputTest {

  @ParameterizedTest
  @ValueSource(strings = {"not an address", "alice@", "[127.0.0.1]:99999"})
  void trace_badTarget_exitsTwoWithOneLineMessage(String target) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new TraceCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));

    int status = cli.execute(target, "--no-store");

    assertThat(status).isEqualTo(ExitStatus.BAD_INPUT);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString().strip())
        .startsWith("mailpath: ")
        .doesNotContain("\n")
        .doesNotContain("Exception");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--timeout=0", "--smtp-port=0", "--dns=host:port", "--attacker=sniff"})
  void trace_badOption_exitsTwo(String option) {
    CommandLine cli = new CommandLine(new TraceCommand());
    cli.setErr(new PrintWriter(new StringWriter()));

    assertThat(cli.execute("alice@example.org", option, "--no-store"))
        .isEqualTo(ExitStatus.BAD_INPUT);
  }

  @Test
  void trace_attackerOutsideTheLab_exitsTwoAndSaysItIsLabOnly() {
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new TraceCommand());
    cli.setErr(new PrintWriter(err));

    int status = cli.execute("alice@example.org", "--attacker", "strip", "--no-store");

    assertThat(status).isEqualTo(ExitStatus.BAD_INPUT);
    assertThat(err.toString()).contains("--attacker").contains(".test");
  }
}
