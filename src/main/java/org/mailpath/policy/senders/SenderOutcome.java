package org.mailpath.policy.senders;

import java.util.List;

/**
 * What one sender profile (an MTA at one TLS level) would do with a message to the target.
 *
 * @param sender the profile id, e.g. "postfix-may" ({@link SenderProfiles})
 * @param label the MTA and setting in words, e.g. "Postfix 3.7, smtp_tls_security_level = may"
 * @param delivery the outcome word ({@link Delivery#word()}): deliver-clear, deliver-tls,
 *     deliver-authenticated-tls, defer or bounce
 * @param tlsVersion the TLS version it would deliver with ("TLS 1.2"), or null without TLS
 * @param host the MX host it would deliver to, or null
 * @param address the address it would deliver to, or null
 * @param reason why, in one sentence
 * @param source the RFC clauses and MTA documentation (or "measured in test X") it rests on
 * @param assumes the facts this row needed and no source gives ("not known: …"); empty when none
 * @param attempts each address tried, in order, and what happened there
 * @param notes where real MTAs differ, with their documentation
 * @param retry what the sender does next when it defers (retries, delay warning, give-up), from its
 *     documented defaults; null for every other outcome
 */
public record SenderOutcome(
    String sender,
    String label,
    String delivery,
    String tlsVersion,
    String host,
    String address,
    String reason,
    String source,
    List<String> assumes,
    List<String> attempts,
    List<String> notes,
    RetrySchedule retry) {

  public SenderOutcome {
    delivery = Delivery.fromWord(delivery).word();
    assumes = assumes == null ? List.of() : List.copyOf(assumes);
    attempts = attempts == null ? List.of() : List.copyOf(attempts);
    notes = notes == null ? List.of() : List.copyOf(notes);
  }

  /** An outcome without a retry timeline. */
  public SenderOutcome(
      String sender,
      String label,
      String delivery,
      String tlsVersion,
      String host,
      String address,
      String reason,
      String source,
      List<String> assumes,
      List<String> attempts,
      List<String> notes) {
    this(
        sender,
        label,
        delivery,
        tlsVersion,
        host,
        address,
        reason,
        source,
        assumes,
        attempts,
        notes,
        null);
  }

  /** This outcome with {@code schedule} as its retry timeline. */
  public SenderOutcome withRetry(RetrySchedule schedule) {
    return new SenderOutcome(
        sender,
        label,
        delivery,
        tlsVersion,
        host,
        address,
        reason,
        source,
        assumes,
        attempts,
        notes,
        schedule);
  }

  /** The delivery as a constant, for code that switches on it (never shown to people). */
  public Delivery kind() {
    return Delivery.fromWord(delivery);
  }

  /** One entry of {@link #attempts}: "mx.example [192.0.2.1]: what happened there". */
  public static String attempt(String host, String address, String whatHappened) {
    return attemptPlace(host, address) + " " + whatHappened;
  }

  /** Whether this outcome's sender tried {@code address} of {@code host}. */
  public boolean attempted(String host, String address) {
    String place = attemptPlace(host, address);
    return attempts.stream().anyMatch(a -> a.startsWith(place));
  }

  private static String attemptPlace(String host, String address) {
    return host + " [" + address + "]:";
  }
}
