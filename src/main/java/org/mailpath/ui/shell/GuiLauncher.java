package org.mailpath.ui.shell;

import javafx.application.Application;

/** Starts the JavaFX window from a class that is not itself an Application. */
public final class GuiLauncher {
  private GuiLauncher() {}

  /** Opens the window and blocks until it is closed; returns the exit status. */
  public static int launch() {
    Application.launch(MailpathApp.class);
    return 0;
  }

  /**
   * True in the AppCDS training run, which traces a lab address in the window ({@code
   * -Dmailpath.trainingTrace}).
   */
  public static boolean isTrainingRun() {
    return StartupTraining.address() != null;
  }
}
