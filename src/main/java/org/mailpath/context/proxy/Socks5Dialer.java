package org.mailpath.context.proxy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import org.mailpath.bounds.Deadline;
import org.mailpath.context.Dialer;
import org.mailpath.context.SocketRegistry;
import org.mailpath.context.proxy.ProxyException.Kind;

/**
 * Connects through a SOCKS5 proxy (RFC 1928): TCP to the proxy, then CONNECT to the server. A
 * resolved address goes to the proxy as IPv4 or IPv6; an unresolved one as a name, which the proxy
 * resolves. Failures at the proxy are {@link ProxyException}s, never a refusal by the server.
 */
public final class Socks5Dialer implements Dialer {

  private final Socks5Proxy proxy;

  public Socks5Dialer(Socks5Proxy proxy) {
    this.proxy = proxy;
  }

  public Socks5Proxy proxy() {
    return proxy;
  }

  @Override
  public Socket dial(InetSocketAddress address, Deadline deadline, SocketRegistry sockets)
      throws IOException {
    Socket socket = new Socket();
    sockets.register(socket);
    try {
      socket.setTcpNoDelay(true);
      connectToProxy(socket, deadline);
      new Socks5Handshake(socket, proxy).connect(address, deadline);
      socket.setSoTimeout(0);
      return socket;
    } catch (IOException e) {
      socket.close();
      throw e;
    }
  }

  private void connectToProxy(Socket socket, Deadline deadline) throws IOException {
    InetSocketAddress at = new InetSocketAddress(proxy.host(), proxy.port());
    if (at.isUnresolved()) {
      throw new ProxyException(
          Kind.UNREACHABLE,
          "The proxy's name " + proxy.host() + " does not resolve.",
          new UnknownHostException(proxy.host()));
    }
    try {
      socket.connect(at, deadline.remainingMillisOrThrow());
    } catch (ConnectException e) {
      throw new ProxyException(
          Kind.UNREACHABLE, "The proxy " + proxy.endpoint() + " refused the connection.", e);
    } catch (SocketTimeoutException e) {
      throw new ProxyException(
          Kind.UNREACHABLE, "The proxy " + proxy.endpoint() + " did not answer in time.", e);
    } catch (IOException e) {
      if (socket.isClosed()) {
        throw e; // cancelled: the registry closed the socket
      }
      throw new ProxyException(
          Kind.UNREACHABLE, "The proxy " + proxy.endpoint() + " could not be reached.", e);
    }
  }

  @Override
  public String description() {
    return "SOCKS5 proxy " + proxy.endpoint();
  }

  /** "192.0.2.1 port 25", "[2001:db8::1] port 25" or "mx.example port 25". */
  static String describe(InetSocketAddress target) {
    String host =
        target.isUnresolved()
            ? target.getHostString()
            : target.getAddress() instanceof Inet6Address
                ? "[" + target.getAddress().getHostAddress() + "]"
                : target.getAddress().getHostAddress();
    return host + " port " + target.getPort();
  }
}
