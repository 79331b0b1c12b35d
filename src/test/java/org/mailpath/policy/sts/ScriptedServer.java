package org.mailpath.policy.sts;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

/**
 * An HTTPS server that answers one request with bytes the test chooses, then either closes or, when
 * trickling, sends one more byte every 100 ms for ever.
 */
final class ScriptedServer implements AutoCloseable {

  private final SSLServerSocket server;
  private final Thread thread;

  ScriptedServer(SSLContext context, byte[] response, boolean trickle) throws IOException {
    server =
        (SSLServerSocket)
            context
                .getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getLoopbackAddress());
    thread = new Thread(() -> serve(response, trickle), "scripted-https-server");
    thread.setDaemon(true);
    thread.start();
  }

  InetSocketAddress address() {
    return new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort());
  }

  private void serve(byte[] response, boolean trickle) {
    try (SSLSocket client = (SSLSocket) server.accept()) {
      InputStream in = client.getInputStream();
      in.read(new byte[4096]);
      OutputStream out = client.getOutputStream();
      out.write(response);
      out.flush();
      while (trickle && !Thread.currentThread().isInterrupted()) {
        out.write('m');
        out.flush();
        Thread.sleep(100);
      }
    } catch (IOException | InterruptedException e) {
      // the client gave up, or the test is over
    }
  }

  @Override
  public void close() throws IOException {
    thread.interrupt();
    server.close();
  }
}
