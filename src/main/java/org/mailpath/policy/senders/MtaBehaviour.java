package org.mailpath.policy.senders;

/**
 * Where real MTAs go beyond or differ from the RFCs, each statement with its source. What no cited
 * source documents is said to be "not known".
 */
final class MtaBehaviour {
  private MtaBehaviour() {}

  /** Opportunistic TLS whose handshake failed: when does the MTA retry in clear text? */
  static final String POSTFIX_CLEAR_FALLBACK =
      "Postfix (may): \"When the TLS handshake fails for an opportunistic TLS session, rather than"
          + " give up on mail delivery, the Postfix SMTP client retries the transaction with TLS"
          + " disabled\" (TLS_README, \"Opportunistic TLS\"); per V. Dukhovni (IETF list,"
          + " mail.spinics.net/lists/ietf/msg76915.html) Postfix first tries the other MX hosts,"
          + " defers, and falls back to clear text on the next delivery attempt.";

  static final String EXIM_CLEAR_FALLBACK =
      "Exim: tls_tempfail_tryclear defaults to true (src/transports/smtp.c); after a failed TLS"
          + " negotiation with a host not in hosts_require_tls it closes the connection, opens a"
          + " new one to the same host and delivers in clear, logging \"TLS session failure:"
          + " delivering unencrypted to HOST (not in hosts_require_tls)\" (Exim spec, chapter"
          + " \"The smtp transport\"); where DANE applies it does not.";

  /** How long a deferred message waits before it is returned. */
  static final String UNVALIDATED_MX =
      "The MX RRset failed DNSSEC validation: a sender behind a validating resolver gets SERVFAIL"
          + " and defers; this row shows a sender whose resolver does not validate.";

  static String equalPreference(int preference) {
    return "Several MX hosts share preference "
        + preference
        + ": real senders try them in random order (RFC 5321 §5.1), so another host may be used"
        + " first.";
  }
}
