package org.mailpath.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.mailpath.history.HistoryException;
import org.mailpath.history.HistoryQuery;
import org.mailpath.history.HistoryStore;
import org.mailpath.history.SessionSummary;
import org.mailpath.report.RefusedTargetException;
import org.mailpath.report.ReportFiles;
import org.mailpath.report.section.ReportContext;
import org.mailpath.trace.TraceReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mailpath report ID|latest --pdf FILE | --markdown FILE | --json FILE}: exports a stored
 * session. The report is rendered from what history kept; nothing is traced again.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    versionProvider = MailpathCommand.VersionProvider.class,
    description = "Export a stored session as PDF, Markdown or JSON (at least one).",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:every requested file was written",
      "2:bad usage, no format given, no session has that id, or a FILE is not a regular file"
          + " or a new name (a folder, a device, a FIFO: refused, never replaced)",
      "3:the history database cannot be used, or a file cannot be written"
    })
public final class ReportCommand implements Callable<Integer> {

  static final String LATEST = "latest";

  private final Supplier<Path> database;
  private final ZoneId zone;

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "ID|latest",
      description = "A session id from 'history list', or latest.")
  String session;

  @Option(names = "--pdf", paramLabel = "FILE", description = "Write the PDF report to FILE.")
  Path pdf;

  @Option(names = "--markdown", paramLabel = "FILE", description = "Write Markdown to FILE.")
  Path markdown;

  @Option(names = "--json", paramLabel = "FILE", description = "Write the report JSON to FILE.")
  Path json;

  public ReportCommand() {
    this(HistoryStore::defaultDatabase, ZoneId.systemDefault());
  }

  /** For tests: a database file and a time zone of their own. */
  ReportCommand(Path database, ZoneId zone) {
    this(() -> database, zone);
  }

  private ReportCommand(Supplier<Path> database, ZoneId zone) {
    this.database = database;
    this.zone = zone;
  }

  @Override
  public Integer call() {
    PrintWriter err = VisibleWriter.guard(spec.commandLine().getErr());
    if (pdf == null && markdown == null && json == null) {
      err.println("mailpath: report: name at least one of --pdf, --markdown, --json");
      return ExitStatus.BAD_INPUT;
    }
    Optional<Long> id = parseId();
    if (id.isEmpty() && !LATEST.equalsIgnoreCase(session)) {
      err.println("mailpath: report: '" + session + "' is neither a session id nor 'latest'");
      return ExitStatus.BAD_INPUT;
    }
    try {
      for (Path file : targets()) {
        ReportFiles.checkTarget(file);
      }
    } catch (IOException e) {
      err.println("mailpath: report: " + e.getMessage());
      return e instanceof RefusedTargetException ? ExitStatus.BAD_INPUT : ExitStatus.COULD_NOT_RUN;
    }
    try (HistoryStore store = HistoryStore.open(database.get())) {
      Optional<Long> chosen = id.isPresent() ? id : newest(store);
      if (chosen.isEmpty()) {
        err.println("mailpath: report: no session stored yet (run 'mailpath trace' first)");
        return ExitStatus.BAD_INPUT;
      }
      Optional<TraceReport> report = store.load(chosen.get());
      if (report.isEmpty()) {
        return HistoryCommand.noSuchSession(spec, chosen.get());
      }
      return export(new ReportContext(report.get(), chosen.get(), zone));
    } catch (HistoryException e) {
      err.println("mailpath: report: " + e.getMessage());
      return ExitStatus.COULD_NOT_RUN;
    }
  }

  private int export(ReportContext context) {
    List<String> written = new ArrayList<>();
    try {
      if (pdf != null) {
        ReportFiles.write(context, ReportFiles.Format.PDF, pdf);
        written.add("PDF " + pdf);
      }
      if (markdown != null) {
        ReportFiles.write(context, ReportFiles.Format.MARKDOWN, markdown);
        written.add("Markdown " + markdown);
      }
      if (json != null) {
        ReportFiles.write(context, ReportFiles.Format.JSON, json);
        written.add("JSON " + json);
      }
    } catch (RefusedTargetException e) { // replaced by something else since the check
      spec.commandLine().getErr().println("mailpath: report: " + e.getMessage());
      return ExitStatus.BAD_INPUT;
    } catch (IOException | UncheckedIOException e) {
      spec.commandLine().getErr().println("mailpath: report: cannot write: " + e.getMessage());
      return ExitStatus.COULD_NOT_RUN;
    }
    PrintWriter out = VisibleWriter.guard(spec.commandLine().getOut());
    written.forEach(w -> out.println("Wrote session " + context.sessionId() + " as " + w));
    return ExitStatus.OK;
  }

  private List<Path> targets() {
    List<Path> files = new ArrayList<>();
    for (Path file : new Path[] {pdf, markdown, json}) {
      if (file != null) {
        files.add(file);
      }
    }
    return files;
  }

  private Optional<Long> parseId() {
    try {
      return Optional.of(Long.parseLong(session.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<Long> newest(HistoryStore store) {
    return store.list(HistoryQuery.newest(1)).stream().findFirst().map(SessionSummary::id);
  }
}
