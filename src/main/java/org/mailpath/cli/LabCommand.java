package org.mailpath.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code mailpath lab [--list]}. (Being written.) */
@Command(name = "lab", description = "Run the lab in the foreground, or list its scenarios.")
public final class LabCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return ExitStatus.COULD_NOT_RUN;
  }
}
