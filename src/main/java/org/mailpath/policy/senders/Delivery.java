package org.mailpath.policy.senders;

/** What finally happens to the message at one sender. */
public enum Delivery {
  /** Delivered over TLS with the server authenticated (PKIX or DANE). */
  DELIVER_AUTHENTICATED_TLS,
  /** Delivered over TLS that an active attacker could have intercepted. */
  DELIVER_UNAUTHENTICATED_TLS,
  /** Delivered in clear text. */
  DELIVER_CLEAR,
  /**
   * Temporary failure: the message stays queued and is retried (RFC 5321 §4.5.4.1) until the
   * sender's queue lifetime ends, then returned to its sender.
   */
  DEFER,
  /** Permanent failure: the message is returned to its sender at once. */
  BOUNCE
}
