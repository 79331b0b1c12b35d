package org.mailpath.trace;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A plain SMTP peer (greeting, EHLO without STARTTLS, QUIT) that counts its sessions and the most
 * it had open at once: the evidence for the per-address connection budget. Each session lingers 50
 * ms before its greeting, long enough for concurrent sessions to overlap.
 */
final class CountingSmtpPeer implements HostileServer.Behaviour {

  private final AtomicInteger open = new AtomicInteger();
  private final AtomicInteger mostOpen = new AtomicInteger();
  private final AtomicInteger sessions = new AtomicInteger();

  @Override
  public void serve(Socket socket, InputStream in, OutputStream out)
      throws IOException, InterruptedException {
    sessions.incrementAndGet();
    mostOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
    boolean counted = true;
    try {
      Thread.sleep(50);
      HostileServer.send(out, "220 many.invalid ESMTP\r\n");
      HostileServer.readLine(in);
      HostileServer.send(out, "250 many.invalid\r\n");
      HostileServer.readLine(in);
      // Uncounted before the last reply: once the client has it, it may close and open the next
      // connection before this thread runs again.
      open.decrementAndGet();
      counted = false;
      HostileServer.send(out, "221 bye\r\n");
    } finally {
      if (counted) {
        open.decrementAndGet();
      }
    }
  }

  int sessions() {
    return sessions.get();
  }

  int mostOpen() {
    return mostOpen.get();
  }
}
