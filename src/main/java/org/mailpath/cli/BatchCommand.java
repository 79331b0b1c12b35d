package org.mailpath.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.mailpath.batch.BatchTarget;
import org.mailpath.batch.Shard;
import org.mailpath.batch.TargetList;
import org.mailpath.history.BatchRun;
import org.mailpath.history.BatchRuns;
import org.mailpath.history.HistoryException;
import org.mailpath.history.HistoryStore;
import org.mailpath.trace.TraceOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mailpath batch FILE}: trace many targets, durably, and summarise what they show. */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    description = {
      "Trace every target of FILE (one per line, # comments; or a CSV column with --column).",
      "Each result is stored in history as it finishes, so an interrupted batch resumes",
      "with --resume without tracing a finished target twice."
    },
    subcommands = {BatchMergeCommand.class, BatchDiffCommand.class},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:no target has an error finding",
      "1:at least one target has an error finding",
      "2:bad usage or input",
      "3:no trace could run, the history database cannot be used, or the run stopped before"
          + " every target was traced (resume with --resume)",
      "4:no target has an error finding, but at least one is inconclusive (a timeout, a 4xx,"
          + " a blocked network or proxy)"
    })
public final class BatchCommand implements Callable<Integer> {

  /** DESIGN.md's 4 means inconclusive; a stopped run could not finish running. */
  static final int STOPPED = ExitStatus.COULD_NOT_RUN;

  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "The targets.")
  Path file;

  @Option(
      names = "--output",
      paramLabel = "RESULTS.jsonl",
      description = "JSON Lines: one report per target.")
  Path output;

  @Option(
      names = "--csv",
      paramLabel = "OUT",
      description = "CSV: one row of headline facts per target.")
  Path csv;

  @Option(
      names = "--column",
      paramLabel = "NAME",
      description = "FILE is CSV; read targets from this column.")
  String column;

  @Option(
      names = "--concurrency",
      paramLabel = "N",
      defaultValue = "4",
      description = "Traces at a time (default: ${DEFAULT-VALUE}).")
  int concurrency;

  @Option(names = "--shard", paramLabel = "K/N", description = "Trace only share K (from 0) of N.")
  String shard;

  @Option(
      names = "--resume",
      arity = "0..1",
      paramLabel = "RUN",
      fallbackValue = "latest",
      description = "Continue an interrupted run (default: the newest unfinished one).")
  String resume;

  @Option(names = "--quick", description = "One STARTTLS session per host, no version sweep.")
  boolean quick;

  @Option(
      names = "--deep",
      description = "Also enumerate the TLS 1.2 cipher suites each host accepts.")
  boolean deep;

  @Mixin TraceOptionsMixin traceOptions;

  private final Supplier<Path> database;
  private final boolean terminal;

  public BatchCommand() {
    this(HistoryStore::defaultDatabase, System.console() != null);
  }

  /** For tests: a database of their own, and no terminal. */
  BatchCommand(Path database) {
    this(() -> database, false);
  }

  private BatchCommand(Supplier<Path> database, boolean terminal) {
    this.database = database;
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try (BatchRuns runs = BatchRuns.open(database.get())) {
      return resume != null ? resume(runs) : start(runs);
    } catch (IllegalArgumentException e) {
      err.println("mailpath: " + e.getMessage());
      return ExitStatus.BAD_INPUT;
    } catch (IOException e) {
      err.println("mailpath: cannot read or write " + e.getMessage());
      return ExitStatus.BAD_INPUT;
    } catch (HistoryException e) {
      err.println("mailpath: " + e.getMessage());
      return ExitStatus.COULD_NOT_RUN;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return STOPPED;
    }
  }

  private int start(BatchRuns runs) throws IOException, InterruptedException {
    if (file == null) {
      throw new IllegalArgumentException("batch needs a FILE of targets, or --resume");
    }
    TraceOptions options = options();
    List<String> all = TargetList.read(file, column);
    Shard share = shard == null ? Shard.ALL : Shard.parse(shard);
    List<BatchTarget> targets = share.select(all);
    List<String> arguments = ownArguments();
    long runId =
        runs.create(
            file.toString(), arguments, share.toString(), targets, Clock.systemUTC().instant());
    spec.commandLine()
        .getErr()
        .printf(
            "batch: run %d, %d target%s%n", runId, targets.size(), targets.size() == 1 ? "" : "s");
    return execute(runs, runId, options);
  }

  private int resume(BatchRuns runs) throws IOException, InterruptedException {
    Optional<BatchRun> run =
        resume.equals("latest") ? runs.latestUnfinished() : runs.run(parseRunId(resume));
    if (run.isEmpty()) {
      throw new IllegalArgumentException(
          resume.equals("latest") ? "no unfinished batch run to resume" : "no batch run " + resume);
    }
    // The run goes on with the options it was started with.
    BatchCommand original = new BatchCommand(database, terminal);
    CommandLine parser = new CommandLine(original);
    parser.parseArgs(run.get().arguments().toArray(String[]::new));
    original.spec = parser.getCommandSpec();
    spec.commandLine()
        .getErr()
        .printf(
            "batch: resuming run %d, %d of %d done%n",
            run.get().id(), run.get().done(), run.get().total());
    return original.executeAs(spec.commandLine(), runs, run.get().id());
  }

  private int executeAs(CommandLine face, BatchRuns runs, long runId)
      throws IOException, InterruptedException {
    return new BatchExecution(face.getOut(), face.getErr(), terminal, concurrency, output, csv)
        .run(runs, runId, options());
  }

  private int execute(BatchRuns runs, long runId, TraceOptions options)
      throws IOException, InterruptedException {
    CommandLine face = spec.commandLine();
    return new BatchExecution(face.getOut(), face.getErr(), terminal, concurrency, output, csv)
        .run(runs, runId, options);
  }

  /** This command's own arguments: what a resumed run parses again. */
  private List<String> ownArguments() {
    List<String> all = spec.commandLine().getParseResult().originalArgs();
    // Run as "mailpath batch …", the list starts with the parent's arguments and the name.
    int name = spec.parent() == null ? -1 : all.indexOf(spec.name());
    return all.subList(name + 1, all.size());
  }

  private TraceOptions options() {
    if (concurrency < 1 || concurrency > 256) {
      throw new IllegalArgumentException("--concurrency must be between 1 and 256");
    }
    return traceOptions.applyTo(TraceOptions.builder().quick(quick).deep(deep).build());
  }

  private static long parseRunId(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--resume takes a run number, not " + text);
    }
  }
}
