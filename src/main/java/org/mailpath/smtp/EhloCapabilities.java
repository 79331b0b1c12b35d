package org.mailpath.smtp;

import java.util.List;
import java.util.Locale;

/** The service extensions an EHLO reply lists (RFC 5321 §4.1.1.1): every line after the first. */
public final class EhloCapabilities {
  private EhloCapabilities() {}

  public static List<String> of(SmtpReply ehloReply) {
    List<String> lines = ehloReply.lines();
    return lines.size() <= 1 ? List.of() : List.copyOf(lines.subList(1, lines.size()));
  }

  /** Whether {@code keyword} (e.g. STARTTLS, RFC 3207 §4) is among the capabilities. */
  public static boolean offers(List<String> capabilities, String keyword) {
    String wanted = keyword.toUpperCase(Locale.ROOT);
    return capabilities.stream()
        .map(c -> c.strip().split("[ \\t=]", 2)[0].toUpperCase(Locale.ROOT))
        .anyMatch(wanted::equals);
  }
}
