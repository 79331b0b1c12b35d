package org.mailpath.context;

import java.net.InetSocketAddress;
import java.time.Duration;
import org.xbill.DNS.ExtendedResolver;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.SimpleResolver;

/**
 * Where a trace's DNS questions go: the system's resolvers, a server the user named, or a path
 * through a proxy. The DNS stage wraps what it makes with DNSSEC validation.
 */
public interface ResolverFactory {

  /** A new resolver whose own per-query timeout is {@code timeout}. */
  Resolver create(Duration timeout);

  /** "system" or "host:port", for the report. */
  String label();

  /** The server {@code server} asked directly, or the system's resolvers when it is null. */
  static ResolverFactory of(InetSocketAddress server) {
    if (server == null) {
      return new ResolverFactory() {
        @Override
        public Resolver create(Duration timeout) {
          Resolver resolver = new ExtendedResolver();
          // dnsjava's ExtendedResolver reports its own timeout as a plain IOException; it gets a
          // second more, so that the DNS stage's timer, which says "timeout" by type, fires first.
          resolver.setTimeout(timeout.plusSeconds(1));
          return resolver;
        }

        @Override
        public String label() {
          return "system";
        }
      };
    }
    return new ResolverFactory() {
      @Override
      public Resolver create(Duration timeout) {
        Resolver resolver = new SimpleResolver(server);
        resolver.setTimeout(timeout);
        return resolver;
      }

      @Override
      public String label() {
        return server.getHostString() + ":" + server.getPort();
      }
    };
  }
}
