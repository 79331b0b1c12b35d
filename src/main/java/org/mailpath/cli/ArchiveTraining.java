package org.mailpath.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The command line's share of the AppCDS training runs. In the installed app's
 * (installers/linux/appcds.sh), after the window has traced a lab address, stored it and closed,
 * the same process builds every command and runs {@code history list} and {@code report latest}
 * into a temporary folder. The archive then also holds what a cold {@code history} or {@code
 * report} process loads: picocli and each command's model, the session read back from history, the
 * PDF, JSON and Markdown writers. What it prints goes to the training log.
 *
 * <p>The jar's archive, {@code target/mailpath.jsa}, which {@code ./mailpath} uses, is recorded at
 * package time (pom.xml) by {@link #main}: no window, so a lab trace from the command line first.
 */
public final class ArchiveTraining {

  /**
   * The lab address the jar's training run traces, as installers/linux/appcds.sh does for the
   * installed app's: a DNSSEC-signed domain with DANE, so the DNSSEC and DANE checks run too.
   */
  private static final String ADDRESS = "alice@dane.mail.test";

  private ArchiveTraining() {}

  /**
   * The jar's training run: traces {@link #ADDRESS} into the history of {@code MAILPATH_HOME}, then
   * runs the commands; exits 0 whatever they did, since a failure only makes the archive smaller
   * (without a lab, e.g., the trace ends at once) and the build must not stop for it.
   */
  public static void main(String[] args) {
    try {
      MailpathCommand.run("trace", ADDRESS);
      runCommands();
    } catch (RuntimeException e) {
      System.err.println("archive training: " + e.getMessage());
    }
    System.exit(0);
  }

  /**
   * Runs the commands; true if each ended with status 0. A failure here only makes the archive
   * smaller, so the caller need not stop.
   */
  public static boolean runCommands() {
    MailpathCommand.commandLine("--help"); // every command's model, as the help builds them
    int listed = MailpathCommand.run("history", "list");
    try {
      Path folder = Files.createTempDirectory("mailpath-training");
      try {
        int reported =
            MailpathCommand.run(
                "report",
                "latest",
                "--pdf",
                folder.resolve("report.pdf").toString(),
                "--json",
                folder.resolve("report.json").toString(),
                "--markdown",
                folder.resolve("report.md").toString());
        return listed == ExitStatus.OK && reported == ExitStatus.OK;
      } finally {
        delete(folder);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot use a temporary folder for the training run", e);
    }
  }

  private static void delete(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
