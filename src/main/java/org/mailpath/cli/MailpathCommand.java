package org.mailpath.cli;

import java.util.concurrent.Callable;
import org.mailpath.app.Version;
import org.mailpath.ui.shell.GuiLauncher;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code mailpath}: with no command, opens the window; otherwise runs one command. */
@Command(
    name = "mailpath",
    mixinStandardHelpOptions = true,
    versionProvider = MailpathCommand.VersionProvider.class,
    description = "Trace where mail to an address goes, and how safely it gets there.",
    subcommands = {
      GuiCommand.class,
      TraceCommand.class,
      ExposureCommand.class,
      LabCommand.class,
      HistoryCommand.class,
      ReportCommand.class,
      BatchCommand.class,
      LessonCommand.class,
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:no error finding",
      "1:at least one error finding",
      "2:bad usage or input",
      "3:the trace could not run (no resolver, etc.)",
      "4:inconclusive: no error, but a host could not be judged (421, 4xx, timeout, port 25"
          + " blocked, a failing proxy)"
    })
public final class MailpathCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    return GuiLauncher.launch();
  }

  /** Runs the command line and returns the exit status. */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new MailpathCommand());
    // Everything printed, by any command or by picocli, passes the last guard (VisibleWriter).
    cli.setOut(VisibleWriter.guard(cli.getOut()));
    cli.setErr(VisibleWriter.guard(cli.getErr()));
    cli.setExitCodeExceptionMapper(e -> ExitStatus.BAD_INPUT);
    cli.setParameterExceptionHandler(
        (ex, a) -> {
          ex.getCommandLine().getErr().println("mailpath: " + ex.getMessage());
          ex.getCommandLine().getErr().println("Try 'mailpath --help'.");
          return ExitStatus.BAD_INPUT;
        });
    return cli.execute(args);
  }

  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"mailpath " + Version.current()};
    }
  }
}
