package org.mailpath;

import java.io.PrintStream;
import org.mailpath.app.Version;
import org.mailpath.cli.ArchiveTraining;
import org.mailpath.cli.MailpathCommand;
import org.mailpath.ui.shell.GuiLauncher;

/**
 * Entry point of {@code java -jar mailpath.jar}. Not a JavaFX Application itself, so that the
 * shaded jar can start JavaFX from the class path.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    if (answeredAtOnce(args, System.out)) {
      System.exit(0);
    }
    if (opensTheWindow(args)) {
      int status = GuiLauncher.launch();
      if (GuiLauncher.isTrainingRun()) {
        ArchiveTraining.runCommands();
      }
      System.exit(status);
    }
    Integer listed = MailpathCommand.answeredWithoutCommandLine(args);
    System.exit(listed != null ? listed : MailpathCommand.run(args));
  }

  /**
   * {@code mailpath} and {@code mailpath gui}, which take no options, open the window without
   * building the command line first, whose reflection only delays the window.
   */
  static boolean opensTheWindow(String[] args) {
    return args.length == 0 || (args.length == 1 && args[0].equals("gui"));
  }

  /**
   * {@code mailpath --version} alone is answered before the command line is built: loading every
   * command's classes to print one line is most of its start-up time. The words are picocli's
   * (MailpathCommand.VersionProvider), as a test checks.
   */
  static boolean answeredAtOnce(String[] args, PrintStream out) {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      out.println("mailpath " + Version.current());
      out.flush();
      return true;
    }
    return false;
  }
}
