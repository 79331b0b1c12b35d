package org.mailpath.finding;

/** How much a finding matters, from good news to a failure a sender would hit. Ordered by rank. */
public enum Severity {
  /** Something done right (a DANE match, a TLS-RPT record). */
  PASS("Pass"),
  /** Worth knowing; changes no sender's behaviour. */
  INFO("Info"),
  /** Some senders degrade (clear text, weaker TLS) or strict ones fail. */
  WARNING("Warning"),
  /**
   * No verdict about the host could be reached from here: it timed out, answered 4xx, or the
   * network (a blocked port 25, a proxy) stood in the way. Nothing is blamed on the receiving
   * domain; senders would retry. Makes the CLI exit with status 4 when there is no error.
   */
  INCONCLUSIVE("Inconclusive"),
  /** Mail fails or travels unprotected for ordinary senders. Makes the CLI exit with status 1. */
  ERROR("Error");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  /** "Pass", "Info", "Warning", "Inconclusive", "Error": how every face names the severity. */
  public String label() {
    return label;
  }

  public boolean isWorseThan(Severity other) {
    return compareTo(other) > 0;
  }

  public static Severity worst(Iterable<Severity> severities) {
    Severity worst = PASS;
    for (Severity s : severities) {
      if (s.isWorseThan(worst)) {
        worst = s;
      }
    }
    return worst;
  }
}
