package org.mailpath.smtp;

import java.net.Inet6Address;
import java.net.InetAddress;

/** The name mailpath gives in EHLO and HELO. */
final class EhloName {
  private EhloName() {}

  /**
   * RFC 5321 §4.1.3 and §4.1.4: a client without a resolvable name gives its address literal, with
   * the "IPv6:" tag for an IPv6 address.
   */
  static String literalOf(InetAddress local) {
    String literal = local.getHostAddress();
    int zone = literal.indexOf('%');
    if (zone >= 0) {
      literal = literal.substring(0, zone);
    }
    return local instanceof Inet6Address ? "[IPv6:" + literal + "]" : "[" + literal + "]";
  }
}
