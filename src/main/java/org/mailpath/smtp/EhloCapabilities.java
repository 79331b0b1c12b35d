package org.mailpath.smtp;

import java.util.List;

/** The service extensions an EHLO reply lists (RFC 5321 §4.1.1.1): every line after the first. */
public final class EhloCapabilities {
  private EhloCapabilities() {}

  public static List<String> of(SmtpReply ehloReply) {
    List<String> lines = ehloReply.lines();
    return lines.size() <= 1 ? List.of() : List.copyOf(lines.subList(1, lines.size()));
  }

  /** Whether {@code keyword} (e.g. STARTTLS, RFC 3207 §4) is among the capabilities. */
  public static boolean offers(List<String> capabilities, String keyword) {
    String wanted = asciiUpperCase(keyword);
    return capabilities.stream()
        .map(c -> asciiUpperCase(c.strip().split("[ \\t=]", 2)[0]))
        .anyMatch(wanted::equals);
  }

  // RFC 5321 §2.4: keywords are case-insensitive, and an ehlo-keyword is ASCII letters, digits and
  // "-" (§4.1.1.1). Unicode case mapping would read "ſtarttls" (U+017F) as STARTTLS and
  // "pıpelining" (U+0131) as PIPELINING, keywords no MTA sees there.
  private static String asciiUpperCase(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] >= 'a' && chars[i] <= 'z') {
        chars[i] = (char) (chars[i] - 'a' + 'A');
      }
    }
    return new String(chars);
  }
}
