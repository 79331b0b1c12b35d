package org.mailpath.exposure;

import java.util.Comparator;
import java.util.List;
import org.mailpath.policy.TlsAuthentication;

/**
 * The last hop of the traced path, seen two ways.
 *
 * <p>A sender tries the MX hosts in preference order and uses the first that answers (RFC 5321
 * §5.1). So a passive listener sees the {@code usual} hop: the first MX that answered the trace. An
 * active attacker on that network can make the better hosts unreachable and so {@code forced} the
 * sender onto the weakest host that answered. Under DANE or MTA-STS enforce a host that fails the
 * policy is never used (the sender defers), so it cannot be forced.
 *
 * @param usual the hop a sender normally takes
 * @param forced the weakest hop an active attacker can force
 */
public record LastHop(LastHopTransport usual, LastHopTransport forced) {

  /** One host only, or a hand-made transport (tests, the window before a trace has run). */
  public static LastHop of(LastHopTransport transport) {
    return new LastHop(transport, transport);
  }

  /**
   * Chooses from the trace's connections (any order; several addresses of one host are fine).
   * {@code enforcedBy} is what the policy stage found for the domain (NONE until it exists).
   */
  public static LastHop choose(List<MxConnection> connections, TlsAuthentication enforcedBy) {
    List<LastHopTransport> reachable =
        connections.stream()
            .sorted(Comparator.comparingInt(MxConnection::preference))
            .map(c -> LastHopTransport.observed(c, enforcedBy))
            .filter(t -> t.channel() != Channel.UNREACHABLE)
            .toList();
    if (reachable.isEmpty()) {
      return of(LastHopTransport.unreachable());
    }
    LastHopTransport usual = reachable.get(0);
    LastHopTransport forced =
        reachable.stream().min(Comparator.comparingInt(LastHopTransport::strength)).orElseThrow();
    return new LastHop(usual, forced.strength() < usual.strength() ? forced : usual);
  }

  /** The transport {@code observer} meets on the last hop. */
  public LastHopTransport seenBy(Observer observer) {
    return observer == Observer.ACTIVE_ATTACKER ? forced : usual;
  }

  /** Forcing a worse MX changes what the attacker gets. */
  public boolean forcedDiffers() {
    return !forced.equals(usual);
  }
}
