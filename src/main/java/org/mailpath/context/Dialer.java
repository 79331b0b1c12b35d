package org.mailpath.context;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.mailpath.bounds.Deadline;

/**
 * Opens the TCP connections of a trace: SMTP sessions and MTA-STS policy fetches. The direct dialer
 * connects from this machine; another may go through a proxy. The socket is handed to the registry
 * before it connects, so that a cancelled trace closes it at once.
 */
public interface Dialer {

  /**
   * Connects to {@code address} (resolved, or unresolved when the dialer resolves names itself)
   * within {@code deadline}.
   *
   * @throws java.net.ConnectException when the peer refused
   * @throws java.net.SocketTimeoutException when the deadline passed first
   */
  Socket dial(InetSocketAddress address, Deadline deadline, SocketRegistry sockets)
      throws IOException;

  /** How connections leave this machine, for the report: "direct", or the proxy used. */
  String description();

  /** Connects from this machine, no proxy. */
  static Dialer direct() {
    return DirectDialer.INSTANCE;
  }
}
