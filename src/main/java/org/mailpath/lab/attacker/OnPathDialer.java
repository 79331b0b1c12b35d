package org.mailpath.lab.attacker;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Optional;
import org.mailpath.bounds.Deadline;
import org.mailpath.context.Dialer;
import org.mailpath.context.SocketRegistry;
import org.mailpath.lab.scenario.AttackMode;

/**
 * A trace's way out with the lab's attacker on the path: a connection to a lab MX host reaches the
 * attacker instead, which relays it to the host. DNS is untouched, as with a real on-path attacker
 * (a router, a Wi-Fi access point, a hijacked BGP route): the sender dials the right address.
 */
public final class OnPathDialer implements Dialer {

  /** What {@link #description()} puts between the inner dialer's description and the mode. */
  private static final String THROUGH_ATTACKER = ", through the lab's on-path attacker (";

  /** Where the attacker intercepts a connection; other destinations come back unchanged. */
  @FunctionalInterface
  public interface Interception {
    InetSocketAddress destinationFor(InetSocketAddress address) throws IOException;
  }

  private final Dialer inner;
  private final AttackMode mode;
  private final Interception interception;

  public OnPathDialer(Dialer inner, AttackMode mode, Interception interception) {
    this.inner = inner;
    this.mode = mode;
    this.interception = interception;
  }

  @Override
  public Socket dial(InetSocketAddress address, Deadline deadline, SocketRegistry sockets)
      throws IOException {
    return inner.dial(interception.destinationFor(address), deadline, sockets);
  }

  @Override
  public String description() {
    return inner.description() + THROUGH_ATTACKER + mode.flag() + ": it " + mode.action() + ")";
  }

  /**
   * The way out the attacker was put in front of ("direct", "SOCKS5 proxy …"), read back from the
   * route a report recorded; a route without the lab's attacker comes back whole.
   */
  public static String beforeAttacker(String route) {
    int at = route.indexOf(THROUGH_ATTACKER);
    return at < 0 ? route : route.substring(0, at);
  }

  /**
   * The attacker a trace went through, read back from the route its report recorded (the
   * description above); empty for a route without the lab's attacker.
   */
  public static Optional<AttackMode> namedIn(String route) {
    int at = route == null ? -1 : route.indexOf(THROUGH_ATTACKER);
    if (at < 0) {
      return Optional.empty();
    }
    String rest = route.substring(at + THROUGH_ATTACKER.length());
    int end = rest.indexOf(':');
    return end < 0 ? Optional.empty() : AttackMode.byFlag(rest.substring(0, end));
  }
}
