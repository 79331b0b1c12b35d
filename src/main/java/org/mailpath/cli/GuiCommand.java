package org.mailpath.cli;

import java.util.concurrent.Callable;
import org.mailpath.ui.shell.GuiLauncher;
import picocli.CommandLine.Command;

/** {@code mailpath gui}: the window, as with no command at all. */
@Command(name = "gui", description = "Open the mailpath window (the default).")
public final class GuiCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return GuiLauncher.launch();
  }
}
