package org.mailpath.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.mailpath.report.diff.ReportDiff;
import org.mailpath.report.diff.ReportDiffer;
import org.mailpath.trace.TraceReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code history diff A B}: what changed from session A to session B. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description =
        "Compare two stored sessions: MX, addresses, STARTTLS, TLS versions, EMS, certificates,"
            + " findings.")
final class HistoryDiffCommand implements Callable<Integer> {
  @ParentCommand HistoryCommand parent;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "A", description = "The earlier session's id.")
  long before;

  @Parameters(index = "1", paramLabel = "B", description = "The later session's id.")
  long after;

  @Override
  public Integer call() {
    return parent.withStore(
        spec,
        store -> {
          Optional<TraceReport> a = store.load(before);
          if (a.isEmpty()) {
            return HistoryCommand.noSuchSession(spec, before);
          }
          Optional<TraceReport> b = store.load(after);
          if (b.isEmpty()) {
            return HistoryCommand.noSuchSession(spec, after);
          }
          ReportDiff diff = new ReportDiffer().diff(before, a.get(), after, b.get());
          new HistoryDiffText(VisibleWriter.guard(spec.commandLine().getOut()), parent::formatTime)
              .print(diff);
          return ExitStatus.OK;
        });
  }
}
