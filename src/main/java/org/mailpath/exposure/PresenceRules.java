package org.mailpath.exposure;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a part never reaches an observer, or reaches it by another route than the message itself,
 * as one table. Everywhere else the end-to-end and transport rules decide.
 */
final class PresenceRules {

  private record Case(
      Part part, Set<Observer> observers, Visibility visibility, String reason, String rfc) {}

  private static final List<Case> CASES =
      List.of(
          // RFC 8601 §4: the receiving domain's border MTA adds the field on arrival.
          new Case(
              Part.AUTHENTICATION_RESULTS,
              Set.of(
                  Observer.PASSIVE_LISTENER,
                  Observer.ACTIVE_ATTACKER,
                  Observer.SUBMISSION_SERVER,
                  Observer.RELAY),
              Visibility.ABSENT,
              "The recipient's MX adds it only after the message has arrived, so it never"
                  + " travels before that.",
              "RFC 8601 §4"),
          // RFC 5322 §3.6.3: the Bcc line is removed from the copies To and Cc receive.
          new Case(
              Part.BCC,
              Set.of(Observer.RECIPIENT_CLIENT),
              Visibility.ABSENT,
              "The Bcc line is removed before sending: the To and Cc recipients' clients never"
                  + " see the blind recipients.",
              "RFC 5322 §3.6.3"),
          // RFC 5321 §4.4: final delivery records MAIL FROM as Return-Path, and nothing of RCPT.
          new Case(
              Part.ENVELOPE_SENDER,
              Set.of(Observer.RECIPIENT_CLIENT),
              Visibility.READABLE,
              "The delivering MTA writes MAIL FROM into a Return-Path field, which the client"
                  + " shows with the message.",
              "RFC 5321 §4.4"),
          new Case(
              Part.ENVELOPE_RECIPIENTS,
              Set.of(Observer.RECIPIENT_CLIENT),
              Visibility.ABSENT,
              "The envelope's recipient list is not written into the message; the client sees To"
                  + " and Cc, and at most its own address in a trace field.",
              "RFC 5321 §4.4"));

  private PresenceRules() {}

  /** The special case for {@code part} at {@code observer}, if there is one. */
  static Optional<Cell> specialCase(Part part, Observer observer) {
    return CASES.stream()
        .filter(c -> c.part() == part && c.observers().contains(observer))
        .findFirst()
        .map(c -> new Cell(observer, c.visibility(), c.reason(), c.rfc()));
  }
}
