package org.mailpath.policy.senders;

import java.util.List;

/**
 * One real sender at one TLS level: which rules it applies, what its TLS library does, and what it
 * does when TLS fails. Every statement carries its source or says "not known".
 *
 * @param id stable id, e.g. "postfix-may", as JSON and batch summaries name it
 * @param label the MTA and setting in words
 * @param level what it demands of TLS when no DANE or MTA-STS policy applies
 * @param honoursDane usable TLSA records (RFC 7672) make it require DANE-authenticated TLS
 * @param honoursSts an MTA-STS policy in enforce mode (RFC 8461 §5) makes it require PKIX TLS
 * @param tls its TLS library's behaviour
 * @param fallback what it does when opportunistic TLS fails in the handshake
 * @param fallbackSource where that comes from
 * @param facts the settings and documents the profile rests on
 * @param retry what it does after a deferral, or null for its MTA's documented defaults ({@link
 *     RetrySchedules#forProfile(String)})
 * @param nullMxIgnored null when it returns a message to a null MX domain at once (RFC 7505 §3);
 *     otherwise what it does instead, with the source
 */
public record SenderProfile(
    String id,
    String label,
    Level level,
    boolean honoursDane,
    boolean honoursSts,
    TlsStack tls,
    Fallback fallback,
    String fallbackSource,
    List<String> facts,
    RetrySchedule retry,
    String nullMxIgnored) {

  public SenderProfile {
    facts = List.copyOf(facts);
  }

  /** A profile that honours a null MX (RFC 7505 §3). */
  public SenderProfile(
      String id,
      String label,
      Level level,
      boolean honoursDane,
      boolean honoursSts,
      TlsStack tls,
      Fallback fallback,
      String fallbackSource,
      List<String> facts,
      RetrySchedule retry) {
    this(
        id,
        label,
        level,
        honoursDane,
        honoursSts,
        tls,
        fallback,
        fallbackSource,
        facts,
        retry,
        null);
  }

  /** A profile whose retries are its MTA's documented defaults and that honours a null MX. */
  public SenderProfile(
      String id,
      String label,
      Level level,
      boolean honoursDane,
      boolean honoursSts,
      TlsStack tls,
      Fallback fallback,
      String fallbackSource,
      List<String> facts) {
    this(
        id,
        label,
        level,
        honoursDane,
        honoursSts,
        tls,
        fallback,
        fallbackSource,
        facts,
        null,
        null);
  }

  /** What it does after a deferral. */
  public RetrySchedule retrySchedule() {
    return retry != null ? retry : RetrySchedules.forProfile(id);
  }

  /** What the sender demands of TLS at a host no DANE or MTA-STS policy covers. */
  public enum Level {
    /** Never STARTTLS: Postfix's smtp_tls_security_level = none (postconf(5)). */
    NONE,
    /** STARTTLS when offered, clear text otherwise (RFC 3207 §4.1, RFC 7435 §3). */
    OPPORTUNISTIC,
    /** TLS required, certificate not checked. */
    ENCRYPT,
    /** TLS required, PKIX-valid certificate naming the MX host (RFC 9525 §6). */
    VERIFY,
    /** As VERIFY, but the certificate must name the next-hop domain or a name under it. */
    SECURE,
    /** The message carries REQUIRETLS (RFC 8689 §4.2.1). */
    REQUIRETLS
  }

  /** When opportunistic TLS fails in the handshake. */
  public enum Fallback {
    /** Reconnects at once in clear text, in the same delivery attempt. */
    CLEAR_SAME_ATTEMPT,
    /** Tries the other MX hosts, defers, and delivers in clear text on a later attempt. */
    CLEAR_LATER,
    /** No source says; the row assumes a clear-text retry and says so. */
    NOT_KNOWN
  }
}
