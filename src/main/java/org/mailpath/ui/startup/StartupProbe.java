package org.mailpath.ui.startup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Marks the moment the window is first shown, for the start-up benchmark and the AppCDS training
 * run: {@code -Dmailpath.startupProbe=FILE} writes the wall-clock time in milliseconds to FILE
 * (printing is the command line's job, so it is a file); {@code -Dmailpath.exitAfterStartup=true}
 * then closes the application, or hands over to the training run that will. Without either property
 * it does nothing.
 */
public final class StartupProbe {

  static final String PROBE_FILE = "mailpath.startupProbe";
  static final String EXIT_AFTER = "mailpath.exitAfterStartup";

  private StartupProbe() {}

  /** Watches {@code stage}; call before {@code stage.show()}. */
  public static void watch(Stage stage) {
    watch(stage, null);
  }

  /**
   * Watches {@code stage}; when the application is to exit after start-up, runs {@code training}
   * (which exits when done) instead of exiting at once, if it is not null.
   */
  public static void watch(Stage stage, Runnable training) {
    String file = System.getProperty(PROBE_FILE);
    boolean exit = Boolean.getBoolean(EXIT_AFTER);
    if (file == null && !exit) {
      return;
    }
    stage.addEventHandler(
        WindowEvent.WINDOW_SHOWN,
        e ->
            // runLater: after the pulse that laid out and drew the first frame
            Platform.runLater(
                () -> {
                  if (file != null) {
                    mark(Path.of(file), System.currentTimeMillis());
                  }
                  if (exit && training != null) {
                    training.run();
                  } else if (exit) {
                    Platform.exit();
                  }
                }));
  }

  static void mark(Path file, long epochMillis) {
    try {
      Files.writeString(file, epochMillis + "\n", StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the start-up probe " + file, e);
    }
  }
}
