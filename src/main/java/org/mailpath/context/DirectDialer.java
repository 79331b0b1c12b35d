package org.mailpath.context;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.mailpath.bounds.Deadline;

/** Plain TCP from this machine. */
final class DirectDialer implements Dialer {

  static final DirectDialer INSTANCE = new DirectDialer();

  private DirectDialer() {}

  @Override
  public Socket dial(InetSocketAddress address, Deadline deadline, SocketRegistry sockets)
      throws IOException {
    Socket socket = new Socket();
    sockets.register(socket);
    try {
      socket.setTcpNoDelay(true);
      socket.connect(address, deadline.remainingMillisOrThrow());
      return socket;
    } catch (IOException e) {
      socket.close();
      throw e;
    }
  }

  @Override
  public String description() {
    return "direct";
  }
}
