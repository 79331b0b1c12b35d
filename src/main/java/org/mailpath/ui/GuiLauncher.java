package org.mailpath.ui;

/** Starts the JavaFX window from a class that is not itself an Application. (Being written.) */
public final class GuiLauncher {
  private GuiLauncher() {}

  /** Opens the window and blocks until it is closed; returns the exit status. */
  public static int launch() {
    return 3;
  }
}
