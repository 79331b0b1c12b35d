package org.mailpath.policy.sts;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

/** An HTTPS server that answers a policy request one byte every 100 ms, for ever. */
final class TrickleServer implements AutoCloseable {

  private final SSLServerSocket server;
  private final Thread thread;

  TrickleServer(SSLContext context) throws IOException {
    server =
        (SSLServerSocket)
            context
                .getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getLoopbackAddress());
    thread = new Thread(this::serve, "trickle-server");
    thread.setDaemon(true);
    thread.start();
  }

  InetSocketAddress address() {
    return new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort());
  }

  private void serve() {
    try (SSLSocket client = (SSLSocket) server.accept()) {
      InputStream in = client.getInputStream();
      byte[] request = new byte[4096];
      in.read(request);
      OutputStream out = client.getOutputStream();
      out.write(
          "HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\n"
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      while (!Thread.currentThread().isInterrupted()) {
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
