package org.mailpath.settings;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;

/** The saved DNS server, HOST, HOST:PORT, IPv6, [IPv6] or [IPv6]:PORT; port 53 by default. */
public final class DnsServer {

  /** RFC 1035 §4.2: DNS servers listen on port 53. */
  static final int DNS_PORT = 53;

  private DnsServer() {}

  /**
   * The server {@code text} names, unresolved names left to the resolver.
   *
   * @throws IllegalArgumentException with a sentence saying what is wrong
   */
  public static InetSocketAddress parse(String text) {
    String trimmed = text.trim();
    // An IPv6 literal without brackets has two colons or more and no port.
    String bracketed =
        !trimmed.startsWith("[") && trimmed.indexOf(':') != trimmed.lastIndexOf(':')
            ? "[" + trimmed + "]"
            : trimmed;
    URI uri;
    try {
      uri = new URI("dns://" + bracketed);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "The DNS server " + text + " is not a name or address with an optional :PORT.");
    }
    if (uri.getHost() == null || uri.getRawUserInfo() != null || !uri.getRawPath().isEmpty()) {
      throw new IllegalArgumentException(
          "The DNS server " + text + " is not a name or address with an optional :PORT.");
    }
    int port = uri.getPort() < 0 ? DNS_PORT : uri.getPort();
    if (port < 1 || port > 65535 || bracketed.endsWith(":")) {
      throw new IllegalArgumentException(
          "The DNS server's port must be between 1 and 65535 (" + text + ").");
    }
    String host = uri.getHost();
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    return InetSocketAddress.createUnresolved(host, port);
  }
}
