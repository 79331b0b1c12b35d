package org.mailpath.cli;

/** The exit statuses of every command (a contract, DESIGN.md). */
public final class ExitStatus {
  private ExitStatus() {}

  public static final int OK = 0;
  public static final int ERROR_FINDING = 1;
  public static final int BAD_INPUT = 2;
  public static final int COULD_NOT_RUN = 3;
}
