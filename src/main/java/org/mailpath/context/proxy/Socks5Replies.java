package org.mailpath.context.proxy;

import java.net.InetSocketAddress;
import org.mailpath.context.proxy.ProxyException.Kind;

/** What a SOCKS5 reply code other than "succeeded" means (RFC 1928 §6). */
final class Socks5Replies {
  private Socks5Replies() {}

  static ProxyException failure(int reply, Socks5Proxy proxy, InetSocketAddress target) {
    String by = "The proxy " + proxy.endpoint() + " ";
    String to = Socks5Dialer.describe(target);
    return switch (reply) {
      // RFC 1928 §6: X'03' Network unreachable, X'04' Host unreachable, X'05' Connection refused,
      // X'06' TTL expired: the proxy tried, and the server could not be reached from there.
      case 0x03 ->
          new ProxyException(
              Kind.TARGET_UNREACHABLE,
              by + "reports that the network of " + to + " is unreachable.");
      case 0x04 ->
          new ProxyException(
              Kind.TARGET_UNREACHABLE, by + "reports that " + to + " is unreachable.");
      case 0x05 ->
          new ProxyException(
              Kind.TARGET_UNREACHABLE, by + "reports that " + to + " refused the connection.");
      case 0x06 ->
          new ProxyException(
              Kind.TARGET_UNREACHABLE, by + "gave up reaching " + to + " (TTL expired).");
      // RFC 1928 §6: X'02' connection not allowed by ruleset.
      case 0x02 ->
          new ProxyException(
              Kind.REFUSED, by + "does not allow connections to " + to + " by its rules.");
      // RFC 1928 §6: X'07' Command not supported, X'08' Address type not supported.
      case 0x07 -> new ProxyException(Kind.REFUSED, by + "does not support CONNECT.");
      case 0x08 ->
          new ProxyException(Kind.REFUSED, by + "does not support the address type of " + to + ".");
      // RFC 1928 §6: X'01' general SOCKS server failure, and the unassigned codes.
      default ->
          new ProxyException(
              Kind.REFUSED,
              by
                  + "failed to connect to "
                  + to
                  + " (SOCKS5 reply "
                  + String.format("0x%02x", reply)
                  + ").");
    };
  }
}
