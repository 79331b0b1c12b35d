package org.mailpath.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code mailpath history [list|show ID]}. (Being written.) */
@Command(name = "history", description = "List and show past sessions.")
public final class HistoryCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return ExitStatus.COULD_NOT_RUN;
  }
}
