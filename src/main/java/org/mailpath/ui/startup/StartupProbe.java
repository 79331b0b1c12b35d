package org.mailpath.ui.startup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import javafx.application.Platform;

/**
 * Marks the moments the window is first drawn and then whole, for the start-up benchmark and the
 * AppCDS training run: {@code -Dmailpath.startupProbe=FILE} writes the wall-clock time in
 * milliseconds to FILE, one line for the first frame and one more once the rest of the window is
 * built and drawn (printing is the command line's job, so it is a file); {@code
 * -Dmailpath.exitAfterStartup=true} then closes the application, or hands over to the training run
 * that will. Without either property it does nothing.
 */
public final class StartupProbe {

  static final String PROBE_FILE = "mailpath.startupProbe";
  static final String EXIT_AFTER = "mailpath.exitAfterStartup";

  private StartupProbe() {}

  /** The first frame is on screen: writes the first line. */
  public static void markShown() {
    String file = System.getProperty(PROBE_FILE);
    if (file != null) {
      mark(Path.of(file), System.currentTimeMillis());
    }
  }

  /**
   * The whole window is on screen: writes the second line; then, when the application is to exit
   * after start-up, runs {@code training} (which exits when done) if it is not null, or exits.
   */
  public static void markWhole(Runnable training) {
    String file = System.getProperty(PROBE_FILE);
    if (file != null) {
      append(Path.of(file), System.currentTimeMillis());
    }
    if (Boolean.getBoolean(EXIT_AFTER)) {
      if (training != null) {
        training.run();
      } else {
        Platform.exit();
      }
    }
  }

  static void mark(Path file, long epochMillis) {
    write(file, epochMillis, StandardOpenOption.TRUNCATE_EXISTING);
  }

  static void append(Path file, long epochMillis) {
    write(file, epochMillis, StandardOpenOption.APPEND);
  }

  private static void write(Path file, long epochMillis, StandardOpenOption mode) {
    try {
      Files.writeString(
          file,
          epochMillis + "\n",
          StandardCharsets.US_ASCII,
          StandardOpenOption.CREATE,
          StandardOpenOption.WRITE,
          mode);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the start-up probe " + file, e);
    }
  }
}
