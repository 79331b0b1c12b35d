package org.mailpath.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.mailpath.batch.ResultFiles;
import org.mailpath.history.BatchRuns;
import org.mailpath.history.HistoryException;
import org.mailpath.history.HistoryStore;
import org.mailpath.report.diff.Change;
import org.mailpath.report.diff.ReportDiff;
import org.mailpath.report.diff.ReportDiffer;
import org.mailpath.text.RemoteText;
import org.mailpath.trace.TraceReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mailpath batch diff A B}: which targets changed between two batches, and how. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Compare two batches target by target. A and B are run numbers (history) or JSON Lines files."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:compared", "2:bad usage or input", "3:the history database cannot be used"})
final class BatchDiffCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "A")
  String before;

  @Parameters(index = "1", paramLabel = "B")
  String after;

  private final Supplier<Path> database;

  BatchDiffCommand() {
    this(HistoryStore::defaultDatabase);
  }

  BatchDiffCommand(Supplier<Path> database) {
    this.database = database;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try {
      Map<String, TraceReport> a = load(before);
      Map<String, TraceReport> b = load(after);
      ReportDiffer differ = new ReportDiffer();
      int changed = 0;
      for (String target : new TreeSet<>(union(a, b))) {
        String shown = RemoteText.visible(target);
        if (!b.containsKey(target)) {
          out.printf("- %s  only in %s%n", shown, RemoteText.visible(before));
          changed++;
        } else if (!a.containsKey(target)) {
          out.printf("+ %s  only in %s%n", shown, RemoteText.visible(after));
          changed++;
        } else {
          ReportDiff diff = differ.diff(null, a.get(target), null, b.get(target));
          if (!diff.isEmpty()) {
            changed++;
            out.printf("~ %s%n", shown);
            for (Change c : diff.changes()) {
              out.printf(
                  "    %s  %s  %s -> %s%n",
                  c.aspect(),
                  RemoteText.visible(c.subject()),
                  c.before() == null ? "(none)" : RemoteText.visible(c.before()),
                  c.after() == null ? "(none)" : RemoteText.visible(c.after()));
            }
          }
        }
      }
      out.printf(
          "%d of %d target%s changed.%n",
          changed, union(a, b).size(), union(a, b).size() == 1 ? "" : "s");
      return ExitStatus.OK;
    } catch (IOException | IllegalArgumentException e) {
      spec.commandLine().getErr().println("mailpath: " + RemoteText.visible(e.getMessage()));
      return ExitStatus.BAD_INPUT;
    } catch (HistoryException e) {
      spec.commandLine().getErr().println("mailpath: " + RemoteText.visible(e.getMessage()));
      return ExitStatus.COULD_NOT_RUN;
    }
  }

  private static java.util.Set<String> union(Map<String, ?> a, Map<String, ?> b) {
    java.util.Set<String> all = new java.util.HashSet<>(a.keySet());
    all.addAll(b.keySet());
    return all;
  }

  /** A run number from history, or a JSON Lines file; by target. */
  private Map<String, TraceReport> load(String which) throws IOException {
    Map<String, TraceReport> reports = new LinkedHashMap<>();
    if (which.chars().allMatch(Character::isDigit) && !Files.exists(Path.of(which))) {
      long runId = Long.parseLong(which);
      try (BatchRuns runs = BatchRuns.open(database.get())) {
        if (runs.run(runId).isEmpty()) {
          throw new IllegalArgumentException("no batch run " + runId);
        }
        runs.forEachResult(
            runId,
            r -> {
              if (!r.failedToRun()) {
                reports.putIfAbsent(r.target().target(), r.report());
              }
            });
      }
    } else {
      ResultFiles.readJsonLines(Path.of(which), r -> reports.putIfAbsent(r.target(), r));
    }
    return reports;
  }
}
