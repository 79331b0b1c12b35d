package org.mailpath.policy.sts;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import javax.net.ssl.SSLContext;

/** A real HTTPS server on loopback, one handler for every path, for the length of one test. */
final class PolicyServer implements AutoCloseable {

  private final HttpsServer server;

  PolicyServer(SSLContext context, HttpHandler handler) throws IOException {
    server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(context));
    server.createContext("/", handler);
    server.start();
  }

  InetSocketAddress address() {
    return new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getAddress().getPort());
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
