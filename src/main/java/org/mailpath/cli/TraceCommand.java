package org.mailpath.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code mailpath trace TARGET}. (Being written.) */
@Command(name = "trace", description = "Trace the mail path to an address, domain or host.")
public final class TraceCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return ExitStatus.COULD_NOT_RUN;
  }
}
