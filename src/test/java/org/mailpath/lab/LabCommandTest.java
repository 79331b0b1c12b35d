package org.mailpath.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.mailpath.cli.ExitStatus;
import org.mailpath.cli.LabCommand;
import picocli.CommandLine;

/** {@code mailpath lab --list}. */
class LabCommandTest {

  @Test
  void list_always_printsEveryScenarioWithItsExpectedFindings() {
    StringWriter out = new StringWriter();
    CommandLine command = new CommandLine(new LabCommand()).setOut(new PrintWriter(out));

    int status = command.execute("--list");

    assertThat(status).isEqualTo(ExitStatus.OK);
    for (LabScenario scenario : Lab.scenarios()) {
      assertThat(out.toString()).contains(scenario.domain(), scenario.title());
      scenario.expectedFindings().forEach(code -> assertThat(out.toString()).contains(code));
    }
  }

  @Test
  void run_negativeDelay_isBadInput() {
    CommandLine command =
        new CommandLine(new LabCommand()).setErr(new PrintWriter(new StringWriter()));

    assertThat(command.execute("--delay", "-5")).isEqualTo(ExitStatus.BAD_INPUT);
  }
}
