package org.mailpath.context.proxy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** The far end of a tunnel in dialer tests: on loopback, writes one line to whoever connects. */
final class BannerServer implements AutoCloseable {

  static final String BANNER = "220 banner through the tunnel";

  private final ServerSocket server;

  BannerServer(InetAddress address) throws IOException {
    server = new ServerSocket(0, 10, address);
    Thread accept =
        new Thread(
            () -> {
              while (!server.isClosed()) {
                try (Socket client = server.accept()) {
                  OutputStream out = client.getOutputStream();
                  out.write((BANNER + "\r\n").getBytes(StandardCharsets.US_ASCII));
                  out.flush();
                } catch (IOException e) {
                  return;
                }
              }
            },
            "banner-server");
    accept.setDaemon(true);
    accept.start();
  }

  int port() {
    return server.getLocalPort();
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
