package org.mailpath.policy.senders;

/**
 * What one sender does at one address.
 *
 * @param kind deliver here, or move on (and how)
 * @param delivery how it delivers, when {@link Kind#DELIVER}
 * @param reason one sentence
 * @param rfc the clause that decides it
 */
record Step(Kind kind, Delivery delivery, String reason, String rfc) {

  enum Kind {
    DELIVER,
    /** Try the next address or MX; if none delivers, the message is deferred. */
    NEXT_TEMPORARY,
    /** Try the next address or MX; this host refused for good (5xx). */
    NEXT_PERMANENT,
    /**
     * Opportunistic TLS failed in the handshake: try the others, and if none delivers, fall back to
     * clear text here, at a time that depends on the MTA (see {@link MtaBehaviour}).
     */
    CLEAR_FALLBACK
  }

  static Step deliver(Delivery delivery, String reason, String rfc) {
    return new Step(Kind.DELIVER, delivery, reason, rfc);
  }

  static Step next(String reason, String rfc) {
    return new Step(Kind.NEXT_TEMPORARY, null, reason, rfc);
  }
}
