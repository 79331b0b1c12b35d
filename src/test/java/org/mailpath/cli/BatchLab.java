package org.mailpath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.mailpath.batch.ResultFiles;
import org.mailpath.finding.Finding;
import org.mailpath.lab.LabScenario;
import org.mailpath.lab.scenario.BulkFamily;
import org.mailpath.trace.TraceReport;
import picocli.CommandLine;

/** What the batch tests share: bulk target files, running the command, checking reports. */
final class BatchLab {
  private BatchLab() {}

  static Path bulkFile(Path dir, int count) throws IOException {
    List<String> lines = new ArrayList<>(List.of("# the bulk lab family"));
    IntStream.rangeClosed(1, count).forEach(i -> lines.add(BulkFamily.domain(i)));
    return Files.write(dir.resolve("targets-" + count + ".txt"), lines);
  }

  /** Runs {@code mailpath batch ARGS} in this JVM against {@code db}; returns the exit status. */
  static int batch(Path db, StringWriter out, String... args) {
    CommandLine cli = new CommandLine(new BatchCommand(db));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(new StringWriter(), true));
    return cli.execute(args);
  }

  static List<TraceReport> reports(Path jsonLines) throws IOException {
    List<TraceReport> reports = new ArrayList<>();
    ResultFiles.readJsonLines(jsonLines, reports::add);
    return reports;
  }

  /** The report raises what its bulk domain's scenario must raise, and nothing it must not. */
  static void assertScenarioFindings(TraceReport report) {
    LabScenario scenario = BulkFamily.scenarioOf(report.target()).orElseThrow();
    List<String> codes = report.findings().stream().map(Finding::code).toList();
    String which = report.target() + " (" + scenario.domain() + ")";
    assertThat(codes).as(which).containsAll(scenario.expectedFindings());
    scenario.absentFindings().forEach(code -> assertThat(codes).as(which).doesNotContain(code));
  }
}
