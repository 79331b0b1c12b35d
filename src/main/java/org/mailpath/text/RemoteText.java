package org.mailpath.text;

import java.util.List;

/**
 * The one boundary for text that came from the network (SMTP replies, certificate fields, HTTP
 * status lines, headers and bodies, DNS TXT strings): it is data to show, never control for the
 * terminal, the window or a report. Every character that a terminal, a bidi-aware renderer or an
 * XML parser would obey or hide is replaced by a visible escape: C0 controls and DEL as {@code
 * \x1b}, everything else as {@code \u009b}. A backslash is left as it is, so the function is
 * idempotent: text cleaned where it entered may be cleaned again by every renderer.
 *
 * <p>Escaped: C0 (U+0000–U+001F) but line feed and tab, DEL (U+007F), C1 (U+0080–U+009F, among them
 * U+009B, the one-byte CSI of ECMA-48 §5.3), every format character (Unicode general category Cf:
 * the bidi embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069 of UAX #9, the
 * zero-width characters U+200B–U+200F, U+FEFF, the tag characters U+E0000–U+E007F), the line and
 * paragraph separators U+2028/U+2029 (renderers treat them as line breaks), the noncharacters
 * U+FFFE/U+FFFF and lone surrogates.
 */
public final class RemoteText {

  private RemoteText() {}

  /** {@code text} with every dangerous character escaped; line feeds and tabs kept. */
  public static String visible(String text) {
    return escape(text, false);
  }

  /** Like {@link #visible(String)}, and line feeds and tabs escaped too: one line of text. */
  public static String visibleLine(String text) {
    return escape(text, true);
  }

  /** Each element through {@link #visible(String)}; null stays null. */
  public static List<String> visible(List<String> texts) {
    return texts == null ? null : texts.stream().map(RemoteText::visible).toList();
  }

  /** Whether {@link #visible(String)} would change the code point {@code cp}. */
  public static boolean isEscaped(int cp) {
    return cp != '\n' && cp != '\t' && needsEscape(cp);
  }

  private static String escape(String text, boolean oneLine) {
    if (text == null) {
      return null;
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int width = Character.charCount(cp);
      boolean escape = oneLine ? needsEscape(cp) : isEscaped(cp);
      if (escape && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (escape) {
        appendEscape(out, cp);
      } else if (out != null) {
        out.appendCodePoint(cp);
      }
      i += width;
    }
    return out == null ? text : out.toString();
  }

  /** Appends the visible escape of {@code cp}: {@code \x1b} below U+0080, else {@code \u009b}. */
  public static void appendEscape(StringBuilder out, int cp) {
    if (cp < 0x80) {
      out.append(String.format("\\x%02x", cp));
    } else if (cp <= 0xFFFF) {
      out.append(String.format("\\u%04x", cp));
    } else {
      out.append(String.format("\\U%08x", cp));
    }
  }

  private static boolean needsEscape(int cp) {
    if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) {
      return true; // Unicode category Cc: C0, DEL, C1
    }
    if (cp < 0xa0) {
      return false;
    }
    if (cp == 0x2028 || cp == 0x2029 || cp == 0xFFFE || cp == 0xFFFF) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.FORMAT || type == Character.SURROGATE;
  }
}
