package org.mailpath.exposure;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where a part does not exist at all, as one table; everywhere else it is present. */
final class PresenceRules {

  private record Absence(Part part, Set<Observer> observers, String reason, String rfc) {}

  private static final List<Absence> ABSENCES =
      List.of(
          // RFC 8601 §4: the receiving domain's border MTA adds the field on arrival.
          new Absence(
              Part.AUTHENTICATION_RESULTS,
              Set.of(
                  Observer.PASSIVE_LISTENER,
                  Observer.ACTIVE_ATTACKER,
                  Observer.SUBMISSION_SERVER,
                  Observer.RELAY),
              "The recipient's MX adds it only after the message has arrived, so it never"
                  + " travels before that.",
              "RFC 8601 §4"),
          // RFC 5322 §3.6.3: the Bcc line is removed from the copies To and Cc receive.
          new Absence(
              Part.BCC,
              Set.of(Observer.RECIPIENT_CLIENT),
              "The Bcc line is removed before sending: the To and Cc recipients' clients never"
                  + " see the blind recipients.",
              "RFC 5322 §3.6.3"));

  private PresenceRules() {}

  /** Why {@code part} never reaches {@code observer}, if it does not. */
  static Optional<Cell> absence(Part part, Observer observer) {
    return ABSENCES.stream()
        .filter(a -> a.part() == part && a.observers().contains(observer))
        .findFirst()
        .map(a -> new Cell(observer, Visibility.ABSENT, a.reason(), a.rfc()));
  }
}
