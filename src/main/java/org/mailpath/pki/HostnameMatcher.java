package org.mailpath.pki;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mailpath.address.IpLiteral;

/** Does a certificate name the host? RFC 9525 §6.3, with DNS-IDs from subjectAltName only. */
public final class HostnameMatcher {
  private HostnameMatcher() {}

  /**
   * The SAN entry that matches {@code host}, or null. RFC 9525 §6.3: the CN is not consulted; a
   * wildcard is only a whole left-most label "*" and matches exactly one label (§6.3, item 2).
   */
  public static String match(List<String> subjectAltNames, String host) {
    String reference = normalise(host);
    Optional<InetAddress> ipReference = IpLiteral.parse(unbracket(reference));
    for (String san : subjectAltNames) {
      if (ipReference.isPresent() && san.startsWith("IP:")) {
        if (sameAddress(san.substring(3), ipReference.get())) {
          return san;
        }
      } else if (ipReference.isEmpty() && san.startsWith("DNS:")) {
        if (matchesDnsId(normalise(san.substring(4)), reference)) {
          return san;
        }
      }
    }
    return null;
  }

  /**
   * RFC 6125 §6.2.1 (kept by RFC 9525 §6.2) and RFC 5280 §4.2.1.6: an iPAddress is 4 or 16 octets,
   * so an IP-ID matches when the octets are equal, whatever text form either side was written in
   * ("::1" and "0:0:0:0:0:0:0:1" are one address). Both sides are parsed as literals only.
   */
  static boolean sameAddress(String presented, InetAddress reference) {
    return IpLiteral.parse(presented)
        .map(a -> Arrays.equals(a.getAddress(), reference.getAddress()))
        .orElse(false);
  }

  private static String unbracket(String host) {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }

  static boolean matchesDnsId(String presented, String reference) {
    if (presented.equals(reference)) {
      return true;
    }
    if (!presented.startsWith("*.")) {
      return false;
    }
    String suffix = presented.substring(1); // ".example.org"
    // RFC 9525 §6.3: the wildcard must not be the only label above a public suffix; a bare "*."
    // plus one label (e.g. "*.com") is rejected here as the minimal form of that rule.
    if (suffix.chars().filter(c -> c == '.').count() < 2) {
      return false;
    }
    int firstDot = reference.indexOf('.');
    return firstDot > 0 && reference.substring(firstDot).equals(suffix);
  }

  private static String normalise(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
  }
}
