package org.mailpath.policy.sts;

import java.util.Locale;

/** RFC 8461 §4.1: does an MX host name match a policy's {@code mx} pattern? */
public final class MxPatternMatcher {
  private MxPatternMatcher() {}

  public static boolean matches(String pattern, String mxHost) {
    String p = normalise(pattern);
    String host = normalise(mxHost);
    if (p.isEmpty() || host.isEmpty()) {
      return false;
    }
    // RFC 8461 §4.1: a pattern "*.example.com" matches exactly one left-most label: it matches
    // "mail.example.com" but neither "example.com" nor "foo.bar.example.com".
    if (p.startsWith("*.")) {
      String suffix = p.substring(1); // ".example.com"
      int firstDot = host.indexOf('.');
      return firstDot > 0 && host.substring(firstDot).equals(suffix);
    }
    return p.equals(host);
  }

  // RFC 8461 §4.1 compares names as DNS does: case-insensitively (RFC 4343), and a fully
  // qualified trailing dot names the same host.
  private static String normalise(String name) {
    String lower = name.strip().toLowerCase(Locale.ROOT);
    return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
  }
}
