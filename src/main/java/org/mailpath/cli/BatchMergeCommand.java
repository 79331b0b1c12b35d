package org.mailpath.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.mailpath.batch.BatchResult;
import org.mailpath.batch.BatchTarget;
import org.mailpath.batch.ResultFiles;
import org.mailpath.text.RemoteText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mailpath batch merge OUT…}: the JSON Lines of several shards as one result. */
@Command(
    name = "merge",
    mixinStandardHelpOptions = true,
    description = {
      "Combine the JSON Lines files of several shards into one file and one summary.",
      "A target found in more than one file is counted once (the first)."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:no target has an error finding",
      "1:at least one target has an error finding",
      "2:bad usage or input",
      "4:no target has an error finding, but at least one is inconclusive"
    })
final class BatchMergeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "OUT", description = "JSON Lines files of a batch.")
  List<Path> inputs;

  @Option(names = "--output", paramLabel = "RESULTS.jsonl", description = "The merged JSON Lines.")
  Path output;

  @Option(names = "--csv", paramLabel = "OUT", description = "CSV: one row per target.")
  Path csv;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Set<String> seen = new HashSet<>();
    AtomicInteger position = new AtomicInteger();
    AtomicInteger duplicates = new AtomicInteger();
    try (ResultFiles files = ResultFiles.create(output, csv)) {
      for (Path input : inputs) {
        ResultFiles.readJsonLines(
            input,
            report -> {
              if (seen.add(report.target())) {
                files.add(
                    BatchResult.of(
                        new BatchTarget(position.getAndIncrement(), report.target()), report));
              } else {
                duplicates.incrementAndGet();
              }
            });
      }
      if (duplicates.get() > 0) {
        err.printf(
            "batch merge: %d target(s) appeared more than once; counted once%n", duplicates.get());
      }
      var summary = files.summary();
      spec.commandLine()
          .getOut()
          .printf("Merged %d file%s.%n", inputs.size(), inputs.size() == 1 ? "" : "s");
      new BatchSummaryPrinter(spec.commandLine().getOut()).print(summary);
      return BatchExecution.status(summary);
    } catch (IOException e) {
      err.println("mailpath: cannot read or write " + RemoteText.visible(e.getMessage()));
      return ExitStatus.BAD_INPUT;
    } catch (IllegalArgumentException e) {
      err.println("mailpath: " + RemoteText.visible(e.getMessage()));
      return ExitStatus.BAD_INPUT;
    }
  }
}
