package org.mailpath.pki;

import java.util.List;
import java.util.Locale;

/** Does a certificate name the host? RFC 9525 §6.3, with DNS-IDs from subjectAltName only. */
public final class HostnameMatcher {
  private HostnameMatcher() {}

  /**
   * The SAN entry that matches {@code host}, or null. RFC 9525 §6.3: the CN is not consulted; a
   * wildcard is only a whole left-most label "*" and matches exactly one label (§6.3, item 2).
   */
  public static String match(List<String> subjectAltNames, String host) {
    String reference = normalise(host);
    boolean ipReference = reference.matches("[0-9.]+") || reference.contains(":");
    for (String san : subjectAltNames) {
      if (ipReference && san.startsWith("IP:")) {
        if (san.substring(3).equalsIgnoreCase(reference)) {
          return san;
        }
      } else if (!ipReference && san.startsWith("DNS:")) {
        if (matchesDnsId(normalise(san.substring(4)), reference)) {
          return san;
        }
      }
    }
    return null;
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
