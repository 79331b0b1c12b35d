package org.mailpath.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.util.List;
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

  /** The commands, in the order the help lists them. */
  private static final List<Class<?>> COMMANDS =
      List.of(
          GuiCommand.class,
          TraceCommand.class,
          ExposureCommand.class,
          LabCommand.class,
          HistoryCommand.class,
          ReportCommand.class,
          BatchCommand.class,
          LessonCommand.class);

  /** Built by {@link #commandLine}, which adds the commands its arguments need. */
  private MailpathCommand() {}

  @Override
  public Integer call() {
    return GuiLauncher.launch();
  }

  /** Runs the command line and returns the exit status. */
  public static int run(String... args) {
    CommandLine cli = commandLine(args);
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

  /**
   * The command line that {@code args} need. Picocli builds a command's model by reflection when it
   * is added, which was half the start-up time of {@code mailpath history list} and of the window:
   * a named command gets only itself, no arguments (the window) get none, and anything else (help,
   * a mistyped command) gets them all, so that the help and the suggestions list every command.
   */
  public static CommandLine commandLine(String... args) {
    CommandLine cli = new CommandLine(new MailpathCommand());
    for (Class<?> command : commandsFor(args)) {
      cli.addSubcommand(command);
    }
    return cli;
  }

  private static List<Class<?>> commandsFor(String... args) {
    if (args.length == 0) {
      return List.of();
    }
    for (Class<?> command : COMMANDS) {
      if (command.getAnnotation(Command.class).name().equals(args[0])) {
        return List.of(command);
      }
    }
    return COMMANDS;
  }

  /**
   * {@code mailpath history} and {@code mailpath history list}, without options, answered without
   * building the command line (picocli's reflection was a third of their start-up); null for every
   * other command line. The words and the exit status are those of {@link HistoryCommand}'s list,
   * which prints them through the same {@link VisibleWriter} guard.
   */
  public static Integer answeredWithoutCommandLine(String... args) {
    List<String> given = List.of(args);
    if (!given.equals(List.of("history")) && !given.equals(List.of("history", "list"))) {
      return null;
    }
    PrintWriter out = VisibleWriter.guard(new PrintWriter(stdout(), true));
    PrintWriter err = VisibleWriter.guard(new PrintWriter(System.err, true));
    int status = new HistoryCommand().listNewest(out, err);
    out.flush();
    err.flush();
    return status;
  }

  /** Standard output in the encoding picocli would use for it. */
  private static Writer stdout() {
    String encoding = System.getProperty("sun.stdout.encoding");
    Charset charset =
        encoding != null && Charset.isSupported(encoding)
            ? Charset.forName(encoding)
            : Charset.defaultCharset();
    return new OutputStreamWriter(System.out, charset);
  }

  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"mailpath " + Version.current()};
    }
  }
}
