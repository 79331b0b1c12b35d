package org.mailpath.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import org.mailpath.dns.MxHost;
import org.mailpath.finding.Finding;
import org.mailpath.history.HistoryException;
import org.mailpath.history.HistoryQuery;
import org.mailpath.history.HistoryStore;
import org.mailpath.history.SessionSummary;
import org.mailpath.report.ReportJson;
import org.mailpath.tls.TlsObservation;
import org.mailpath.trace.ConnectionReport;
import org.mailpath.trace.TraceReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code mailpath history [list|show ID|diff A B|delete ID]}: the sessions kept in {@link
 * HistoryStore#defaultDatabase()} (so {@code MAILPATH_HOME}, or the system property {@code
 * mailpath.home}, chooses the file). Without a subcommand it lists.
 */
@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    versionProvider = MailpathCommand.VersionProvider.class,
    description = "List, show, compare and delete past sessions.",
    subcommands = {
      HistoryCommand.ListSessions.class,
      HistoryCommand.ShowSession.class,
      HistoryDiffCommand.class,
      HistoryCommand.DeleteSession.class
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:done",
      "2:bad usage, or no session has that id",
      "3:the history database cannot be used"
    })
public final class HistoryCommand implements Callable<Integer> {

  static final int DEFAULT_LIMIT = 20;
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

  private final Supplier<Path> database;
  private final ZoneId zone;

  @Spec CommandSpec spec;

  public HistoryCommand() {
    this(HistoryStore::defaultDatabase, ZoneId.systemDefault());
  }

  /** For tests: a database file and a time zone of their own. */
  HistoryCommand(Path database, ZoneId zone) {
    this(() -> database, zone);
  }

  private HistoryCommand(Supplier<Path> database, ZoneId zone) {
    this.database = database;
    this.zone = zone;
  }

  @Override
  public Integer call() {
    return listNewest(
        VisibleWriter.guard(spec.commandLine().getOut()),
        VisibleWriter.guard(spec.commandLine().getErr()));
  }

  /** The newest sessions, as {@code history} and {@code history list} without options print. */
  int listNewest(PrintWriter out, PrintWriter err) {
    return withStore(err, store -> printList(out, store, HistoryQuery.newest(DEFAULT_LIMIT)));
  }

  String formatTime(Instant instant) {
    return TIME.format(instant.atZone(zone));
  }

  /** Opens the store, runs the command, and turns a broken database into exit status 3. */
  int withStore(CommandSpec command, Function<HistoryStore, Integer> work) {
    return withStore(VisibleWriter.guard(command.commandLine().getErr()), work);
  }

  private int withStore(PrintWriter err, Function<HistoryStore, Integer> work) {
    Path file = database.get();
    try (HistoryStore store = HistoryStore.open(file)) {
      return work.apply(store);
    } catch (HistoryException e) {
      err.println("mailpath: history: " + e.getMessage());
      return ExitStatus.COULD_NOT_RUN;
    }
  }

  int printList(PrintWriter out, HistoryStore store, HistoryQuery query) {
    List<SessionSummary> sessions = store.list(query);
    if (sessions.isEmpty()) {
      out.println("No sessions stored in " + store.file() + ".");
      return ExitStatus.OK;
    }
    String row = "%6s  %-26s  %-12s  %8s  %s%n"; // "Inconclusive", the longest severity word
    out.printf(row, "ID", "STARTED", "WORST", "FINDINGS", "TARGET");
    for (SessionSummary s : sessions) {
      out.printf(
          row,
          s.id(),
          formatTime(s.started()),
          s.worstSeverity().label(),
          s.findings(),
          s.target());
    }
    return ExitStatus.OK;
  }

  static int noSuchSession(CommandSpec command, long id) {
    command
        .commandLine()
        .getErr()
        .println(
            "mailpath: no session with id " + id + " in history (see 'mailpath history list')");
    return ExitStatus.BAD_INPUT;
  }

  /** {@code history list [--limit N] [--domain D]}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "List stored sessions, newest first.")
  static final class ListSessions implements Callable<Integer> {
    @ParentCommand HistoryCommand parent;
    @Spec CommandSpec spec;

    @Option(
        names = "--limit",
        paramLabel = "N",
        description =
            "Show at most N sessions (1-" + HistoryQuery.MAX_LIMIT + ", default ${DEFAULT-VALUE}).",
        defaultValue = "" + DEFAULT_LIMIT)
    int limit;

    @Option(
        names = "--domain",
        paramLabel = "D",
        description = "Only sessions of this domain or host.")
    String domain;

    @Override
    public Integer call() {
      if (limit < 1 || limit > HistoryQuery.MAX_LIMIT) {
        spec.commandLine()
            .getErr()
            .println(
                "mailpath: --limit must be between 1 and "
                    + HistoryQuery.MAX_LIMIT
                    + ", was "
                    + limit);
        return ExitStatus.BAD_INPUT;
      }
      HistoryQuery query = HistoryQuery.newest(limit).forDomain(domain);
      return parent.withStore(
          spec,
          store ->
              parent.printList(VisibleWriter.guard(spec.commandLine().getOut()), store, query));
    }
  }

  /** {@code history show ID [--json]}. */
  @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one stored session.")
  static final class ShowSession implements Callable<Integer> {
    @ParentCommand HistoryCommand parent;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The session id, as 'history list' shows it.")
    long id;

    @Option(names = "--json", description = "Print the stored report as JSON.")
    boolean json;

    @Override
    public Integer call() {
      return parent.withStore(
          spec,
          store -> {
            Optional<TraceReport> report = store.load(id);
            if (report.isEmpty()) {
              return noSuchSession(spec, id);
            }
            PrintWriter out = VisibleWriter.guard(spec.commandLine().getOut());
            if (json) {
              out.println(ReportJson.write(report.get(), true));
            } else {
              new SessionText(out, parent::formatTime).print(id, report.get());
            }
            return ExitStatus.OK;
          });
    }
  }

  /** {@code history delete ID}. */
  @Command(
      name = "delete",
      mixinStandardHelpOptions = true,
      description = "Delete one stored session.")
  static final class DeleteSession implements Callable<Integer> {
    @ParentCommand HistoryCommand parent;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The session id, as 'history list' shows it.")
    long id;

    @Override
    public Integer call() {
      return parent.withStore(
          spec,
          store -> {
            if (!store.delete(id)) {
              return noSuchSession(spec, id);
            }
            spec.commandLine().getOut().println("Deleted session " + id + ".");
            return ExitStatus.OK;
          });
    }
  }

  /** A stored report as a person reads it in a terminal. */
  static final class SessionText {
    private final PrintWriter out;
    private final Function<Instant, String> time;

    SessionText(PrintWriter out, Function<Instant, String> time) {
      this.out = out;
      this.time = time;
    }

    void print(long id, TraceReport r) {
      out.printf("Session   %d%s%n", id, r.cancelled() ? " (cancelled before it finished)" : "");
      out.printf("Target    %s%n", r.target());
      out.printf("Network   %s%n", r.network());
      out.printf("Started   %s%n", time.apply(r.started()));
      out.printf("Duration  %s%n", seconds(r.duration()));
      out.printf("Worst     %s (%d findings)%n", r.worstSeverity().label(), r.findings().size());
      printMx(r);
      Set<Finding> shown = new HashSet<>();
      for (ConnectionReport c : r.connections()) {
        printConnection(c);
        shown.addAll(c.findings());
      }
      List<Finding> general = r.findings().stream().filter(f -> !shown.contains(f)).toList();
      if (!general.isEmpty()) {
        out.println("Other findings");
        general.forEach(
            f -> printFinding(f.severity().label(), f.code(), f.subject() + ": " + f.detail()));
      }
    }

    private void printMx(TraceReport r) {
      out.printf("MX        %s (%s)%n", r.resolution().domain(), r.resolution().outcome().label());
      for (MxHost host : r.resolution().hosts()) {
        String problem = host.addressProblem() == null ? "" : "  (" + host.addressProblem() + ")";
        out.printf(
            "  %5d %s  %s%s%n",
            host.preference(), host.name(), String.join(" ", host.addresses()), problem);
      }
    }

    private void printConnection(ConnectionReport c) {
      out.printf("Connection %s  %s%n", c.plan().id(), c.plan().label());
      boolean offered = c.smtp() != null && c.smtp().starttlsOffered();
      out.printf("    STARTTLS  %s%n", offered ? "yes" : "no");
      out.printf("    TLS       %s%n", tls(c.tls()));
      // The connection's findings are about the connection just named: no subject needed.
      c.findings().forEach(f -> printFinding(f.severity().label(), f.code(), f.detail()));
    }

    private static String tls(TlsObservation tls) {
      if (tls == null) {
        return "not reached";
      }
      if (!tls.established()) {
        return "failed: " + tls.failure();
      }
      return tls.version() + "  " + tls.cipherSuite() + "  EMS " + tls.extendedMasterSecret();
    }

    private void printFinding(String severity, String code, String detail) {
      out.printf("    %-7s  %s  %s%n", severity, code, detail);
    }

    private static String seconds(Duration d) {
      return d == null ? "-" : String.format(java.util.Locale.ROOT, "%.3f s", d.toNanos() / 1e9);
    }
  }
}
