package org.mailpath.policy.senders;

import java.util.Arrays;
import java.util.Locale;

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
