package org.mailpath.finding;

/** How much a finding matters, from good news to a failure a sender would hit. Ordered by rank. */
public enum Severity {
  /** Something done right (a DANE match, a TLS-RPT record). */
  PASS,
  /** Worth knowing; changes no sender's behaviour. */
  INFO,
  /** Some senders degrade (clear text, weaker TLS) or strict ones fail. */
  WARNING,
  /**
   * No verdict about the host could be reached from here: it timed out, answered 4xx, or the
   * network (a blocked port 25, a proxy) stood in the way. Nothing is blamed on the receiving
   * domain; senders would retry. Makes the CLI exit with status 4 when there is no error.
   */
  INCONCLUSIVE,
  /** Mail fails or travels unprotected for ordinary senders. Makes the CLI exit with status 1. */
  ERROR;

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
