package org.mailpath.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mailpath.cli.LabCommand;
import org.mailpath.finding.FindingCode;
import picocli.CommandLine;

/** The scenario table is consistent with the finding codes and with itself. */
class LabScenarioTableTest {

  static List<LabScenario> scenarios() {
    return Lab.scenarios();
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void scenario_everyNamedFinding_isACodeOfTheFindingTable(LabScenario scenario) {
    assertThat(scenario.expectedFindings())
        .allSatisfy(code -> assertThat(FindingCode.byCode(code)).as(code).isPresent());
    assertThat(scenario.absentFindings())
        .allSatisfy(code -> assertThat(FindingCode.byCode(code)).as(code).isPresent());
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void scenario_anyFinding_isNeverBothExpectedAndAbsent(LabScenario scenario) {
    assertThat(scenario.expectedFindings())
        .noneMatch(code -> scenario.absentFindings().contains(code));
  }

  @Test
  void scenarios_domains_areDistinctNamesUnderMailTest() {
    List<String> domains = scenarios().stream().map(LabScenario::domain).toList();

    assertThat(domains).doesNotHaveDuplicates().allMatch(d -> d.endsWith(".mail.test"));
  }

  @Test
  void list_scenarioWithAbsentFindings_printsThem() {
    StringWriter out = new StringWriter();
    new CommandLine(new LabCommand()).setOut(new PrintWriter(out)).execute("--list");

    assertThat(out.toString())
        .contains("requiretls.mail.test")
        .contains("must not raise: requiretls-not-advertised");
  }
}
