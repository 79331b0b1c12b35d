package org.mailpath.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.mailpath.address.Target;
import org.mailpath.address.TargetParser;
import org.mailpath.history.HistoryStore;
import org.mailpath.lab.Lab;
import org.mailpath.report.ReportJson;
import org.mailpath.trace.TraceListener;
import org.mailpath.trace.TraceOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mailpath trace TARGET}: resolve, connect, STARTTLS, inspect; print as it happens. */
@Command(
    name = "trace",
    mixinStandardHelpOptions = true,
    description = {
      "Trace the mail path to an address, a domain or a host.",
      "Names under .test are traced against mailpath's built-in lab."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:no error finding",
      "1:at least one error finding",
      "2:bad usage or input",
      "3:the trace could not run",
      "4:no error finding, but some result is inconclusive (a timeout, a temporary failure, a"
          + " blocked network or proxy): try again later or from elsewhere"
    },
    footer = {
      "%nA trace that cannot be stored in history (the file is read-only, locked, damaged or not"
          + " mailpath's) is still printed in full and keeps its status above; stderr says that"
          + " it was not stored, and why."
    })
public final class TraceCommand implements Callable<Integer> {

  private final Supplier<Path> database;

  public TraceCommand() {
    this(HistoryStore::defaultDatabase);
  }

  /** For tests: a history database of their own. */
  TraceCommand(Path database) {
    this(() -> database);
  }

  private TraceCommand(Supplier<Path> database) {
    this.database = database;
  }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "TARGET", description = "user@domain | domain | [host]:port | [ip]:port")
  String target;

  @Mixin TraceOptionsMixin traceOptions;

  @Option(names = "--json", description = "Print the trace report as JSON on stdout.")
  boolean json;

  @Option(names = "--quick", description = "One STARTTLS session per host, no version sweep.")
  boolean quick;

  @Option(
      names = "--deep",
      description = "Also enumerate the TLS 1.2 cipher suites each host accepts.")
  boolean deep;

  @Option(names = "--no-store", description = "Do not save the session in history.")
  boolean noStore;

  @Override
  public Integer call() {
    PrintWriter out = VisibleWriter.guard(spec.commandLine().getOut());
    PrintWriter err = VisibleWriter.guard(spec.commandLine().getErr());
    Target parsed;
    TraceOptions options;
    try {
      parsed = TargetParser.parse(target);
      options = traceOptions.applyTo(TraceOptions.builder().quick(quick).deep(deep).build());
      if (options.labAttacker() != null && !Lab.covers(parsed.asciiName())) {
        throw new IllegalArgumentException(
            "--attacker works only in the lab, for names under .test; "
                + parsed.asciiName()
                + " is on the real internet");
      }
    } catch (IllegalArgumentException e) { // includes InvalidTargetException
      err.println("mailpath: " + e.getMessage());
      return ExitStatus.BAD_INPUT;
    }
    TraceListener listener = json ? TraceListener.NONE : new TraceProgressPrinter(out);
    return TraceRunner.run(parsed, options, noStore ? null : database.get(), listener, err)
        .map(
            outcome -> {
              if (json) {
                out.println(ReportJson.write(outcome.report(), true));
              } else {
                new TraceSummaryPrinter(out).print(outcome.report(), outcome.historyId());
              }
              out.flush();
              TraceRunner.sayIfNotStored(outcome, err);
              return ExitStatus.of(outcome.report().worstSeverity());
            })
        .orElse(ExitStatus.COULD_NOT_RUN);
  }
}
