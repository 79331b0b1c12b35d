package org.mailpath.policy.sts;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import org.mailpath.bounds.Deadline;

/**
 * A socket's input whose every read waits at most until the deadline, so a server that trickles one
 * byte at a time cannot stretch the fetch past it.
 */
final class DeadlineInputStream extends InputStream {

  private final Socket socket;
  private final InputStream in;
  private final Deadline deadline;

  DeadlineInputStream(Socket socket, Deadline deadline) throws IOException {
    this.socket = socket;
    this.in = socket.getInputStream();
    this.deadline = deadline;
  }

  @Override
  public int read() throws IOException {
    socket.setSoTimeout(deadline.remainingMillisOrThrow());
    return in.read();
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    socket.setSoTimeout(deadline.remainingMillisOrThrow());
    return in.read(buffer, offset, length);
  }
}
