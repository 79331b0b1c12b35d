package org.mailpath.context.proxy;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import org.mailpath.context.Dialer;
import org.mailpath.context.ResolverFactory;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.ResolverConfig;

/**
 * DNS over TCP through a dialer (--proxy-dns): the questions leave from the proxy, like the SMTP
 * connections, so a name is resolved where the user chose. The server is the one named with --dns,
 * or else the first of the system's.
 */
public final class DialedResolvers implements ResolverFactory {

  /** RFC 1035 §4.2.2: DNS over TCP listens on port 53. */
  static final int DNS_PORT = 53;

  private final InetSocketAddress server;
  private final Dialer dialer;

  private DialedResolvers(InetSocketAddress server, Dialer dialer) {
    this.server = server;
    this.dialer = dialer;
  }

  /** Asks {@code server} (or, when null, the system's first DNS server) through {@code dialer}. */
  public static DialedResolvers of(InetSocketAddress server, Dialer dialer) {
    if (server != null) {
      return new DialedResolvers(server, dialer);
    }
    List<InetSocketAddress> system = ResolverConfig.getCurrentConfig().servers();
    if (system.isEmpty()) {
      throw new IllegalStateException(
          "This system names no DNS server to ask through the proxy; give one with --dns.");
    }
    InetSocketAddress first = system.get(0);
    return new DialedResolvers(
        new InetSocketAddress(
            first.getAddress(), first.getPort() == 0 ? DNS_PORT : first.getPort()),
        dialer);
  }

  @Override
  public Resolver create(Duration timeout) {
    Resolver resolver = new TcpDnsResolver(server, dialer);
    resolver.setTimeout(timeout);
    return resolver;
  }

  @Override
  public String label() {
    return server.getHostString()
        + ":"
        + server.getPort()
        + " over TCP via "
        + dialer.description();
  }
}
