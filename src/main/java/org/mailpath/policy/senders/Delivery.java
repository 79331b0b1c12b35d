package org.mailpath.policy.senders;

import java.util.Arrays;
import java.util.Locale;
import org.mailpath.finding.Severity;

/**
 * What finally happens to the message at one sender. Outside this package only {@link #word()} is
 * shown: DESIGN.md's vocabulary, the same in JSON, window and reports.
 */
public enum Delivery {
  /** Delivered over TLS with the server authenticated (PKIX or DANE). */
  DELIVER_AUTHENTICATED_TLS("deliver-authenticated-tls"),
  /** Delivered over TLS that an active attacker could have intercepted. */
  DELIVER_UNAUTHENTICATED_TLS("deliver-tls"),
  /** Delivered in clear text. */
  DELIVER_CLEAR("deliver-clear"),
  /**
   * Temporary failure: the message stays queued and is retried (RFC 5321 §4.5.4.1) until the
   * sender's queue lifetime ends, then returned to its sender.
   */
  DEFER("defer"),
  /** Permanent failure: the message is returned to its sender at once. */
  BOUNCE("bounce");

  private final String word;

  Delivery(String word) {
    this.word = word;
  }

  /** The outcome word: deliver-clear, deliver-tls, deliver-authenticated-tls, defer, bounce. */
  public String word() {
    return word;
  }

  /**
   * How it is marked in the window and the reports, the one place that decides it. The danger mark
   * means "others can read the message": only clear-text delivery has it. A deferral is the sender
   * refusing to deliver insecurely, so it is neutral (information); a bounce exposes nothing but
   * loses the message, and unauthenticated TLS is readable by an active attacker: caution.
   */
  public Severity severity() {
    return switch (this) {
      case DELIVER_AUTHENTICATED_TLS -> Severity.PASS;
      case DELIVER_UNAUTHENTICATED_TLS, BOUNCE -> Severity.WARNING;
      case DELIVER_CLEAR -> Severity.ERROR;
      case DEFER -> Severity.INFO;
    };
  }

  /**
   * The delivery a word names. Reports stored before the words existed carry the constant's name
   * ("DELIVER_CLEAR"); both are read.
   */
  public static Delivery fromWord(String word) {
    return Arrays.stream(values())
        .filter(d -> d.word.equals(word) || d.name().equals(word.toUpperCase(Locale.ROOT)))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("not an outcome word: " + word));
  }
}
