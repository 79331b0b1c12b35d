package org.mailpath.report;

/**
 * Makes text that came from a server (banners, certificate fields, DNS records) printable: control
 * characters, which neither XML nor a PDF font can carry, become visible escapes such as {@code
 * \x07}. Line breaks are kept; markup characters are left to each format's escaping.
 */
public final class SafeText {

  private SafeText() {}

  public static String visible(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        out.append(c);
      } else if (Character.isSurrogate(c)) {
        i = surrogate(text, i, out);
      } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
        out.append(String.format("\\x%02X", (int) c));
      } else if (c == 0xFFFE || c == 0xFFFF) {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Keeps a well-formed pair; shows a lone surrogate as an escape. Returns the last index used. */
  private static int surrogate(String text, int i, StringBuilder out) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)
        && i + 1 < text.length()
        && Character.isLowSurrogate(text.charAt(i + 1))) {
      out.append(c).append(text.charAt(i + 1));
      return i + 1;
    }
    out.append(String.format("\\u%04X", (int) c));
    return i;
  }
}
