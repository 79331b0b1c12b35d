package org.mailpath.lab.attacker;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
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
    return inner.description()
        + ", through the lab's on-path attacker ("
        + mode.flag()
        + ": it "
        + mode.action()
        + ")";
  }
}
