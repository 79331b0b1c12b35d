package org.mailpath;

import org.mailpath.cli.MailpathCommand;

/**
 * Entry point of {@code java -jar mailpath.jar}. Not a JavaFX Application itself, so that the
 * shaded jar can start JavaFX from the class path.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(MailpathCommand.run(args));
  }
}
