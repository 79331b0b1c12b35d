package org.mailpath.integration.realsenders;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs one command of a real MTA, with a deadline, and returns what it printed. */
final class Commands {
  private Commands() {}

  /** Nothing these commands print is longer; a bound keeps a runaway tool from filling memory. */
  private static final int MAX_OUTPUT = 1 << 20;

  static String run(List<String> command, Duration deadline)
      throws IOException, InterruptedException {
    return run(command, null, deadline);
  }

  /** Runs {@code command} with {@code input} (or nothing) on its standard input. */
  static String run(List<String> command, String input, Duration deadline)
      throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    try (var stdin = p.getOutputStream()) {
      if (input != null) {
        stdin.write(input.getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] out = p.getInputStream().readNBytes(MAX_OUTPUT);
    if (!p.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
      p.destroyForcibly();
      throw new IOException("did not finish in " + deadline + ": " + command);
    }
    return new String(out, StandardCharsets.UTF_8);
  }
}
