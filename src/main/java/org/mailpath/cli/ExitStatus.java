package org.mailpath.cli;

/** The exit statuses of every command (a contract, DESIGN.md). */
public final class ExitStatus {
  private ExitStatus() {}

  public static final int OK = 0;
  public static final int ERROR_FINDING = 1;
  public static final int BAD_INPUT = 2;
  public static final int COULD_NOT_RUN = 3;

  /**
   * No error finding, but at least one host's result is inconclusive (a timeout, a 4xx, a blocked
   * network, a failing proxy): trace again later or from elsewhere.
   */
  public static final int INCONCLUSIVE = 4;

  /** The status for a finished trace whose worst finding is {@code worst}. */
  public static int of(org.mailpath.finding.Severity worst) {
    return switch (worst) {
      case ERROR -> ERROR_FINDING;
      case INCONCLUSIVE -> INCONCLUSIVE;
      case WARNING, INFO, PASS -> OK;
    };
  }
}
