package org.mailpath.lesson;

import java.util.Locale;
import java.util.Optional;
import org.mailpath.exposure.Observer;
import org.mailpath.exposure.Part;
import org.mailpath.exposure.Protection;
import org.mailpath.exposure.Visibility;

/**
 * The checks a lesson item names, in lower-case words:
 *
 * <pre>
 * finding CODE                     a finding with this code was raised
 * no-finding CODE                  none was
 * sender ID OUTCOME                sender profile ID ends with OUTCOME (deliver-clear, defer, …)
 * retry ID                         sender profile ID defers, with known retry times
 * exposure PROTECTION PART OBSERVER VISIBILITY
 *     e.g. exposure smime-hp subject relay protected: PROTECTION as --protection names it;
 *     PART, OBSERVER and VISIBILITY their names in lower case with hyphens
 *     (envelope-sender, passive-listener, readable-if-downgraded)
 * </pre>
 */
final class CheckSyntax {
  private CheckSyntax() {}

  /** The check {@code spec} names, or empty when it names none. */
  static Optional<Check> parse(String spec) {
    String[] w = spec.trim().split("\\s+");
    try {
      return Optional.ofNullable(
          switch (w[0]) {
            case "finding" -> w.length == 2 ? new Check.FindingRaised(w[1]) : null;
            case "no-finding" -> w.length == 2 ? new Check.FindingAbsent(w[1]) : null;
            case "sender" -> w.length == 3 ? new Check.SenderDelivers(w[1], w[2]) : null;
            case "retry" -> w.length == 2 ? new Check.SenderRetries(w[1]) : null;
            case "exposure" ->
                w.length == 5
                    ? new Check.ExposureCell(
                        Protection.byCliName(w[1]).orElseThrow(IllegalArgumentException::new),
                        constant(Part.class, w[2]),
                        constant(Observer.class, w[3]),
                        constant(Visibility.class, w[4]))
                    : null;
            default -> null;
          });
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** "passive-listener" → PASSIVE_LISTENER. */
  private static <E extends Enum<E>> E constant(Class<E> type, String word) {
    return Enum.valueOf(type, word.toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
