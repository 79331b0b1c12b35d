package org.mailpath.text;

import static org.assertj.core.api.Assertions.assertThat;

/** Test assertions about text that was meant to pass through {@link RemoteText}. */
public final class HiddenCharacters {

  /** ESC, CSI, BEL, a right-to-left override, a zero-width space, a pop, LS: what servers send. */
  public static final String HOSTILE =
      "\u001b[31mred\u001b]0;title\u0007 \u009b2J \u202eevil\u202c\u200b\u2028\r\u007f";

  private HiddenCharacters() {}

  /** No C0 control but LF, TAB (and CR of a CR LF), no DEL, no C1, no bidi or format char. */
  public static void assertNone(String shown) {
    for (int i = 0; i < shown.length(); ) {
      int cp = shown.codePointAt(i);
      boolean lineSeparator = cp == '\r' && i + 1 < shown.length() && shown.charAt(i + 1) == '\n';
      if (RemoteText.isEscaped(cp) && !lineSeparator) {
        assertThat(cp).as("U+%04X at %d in: %s", cp, i, RemoteText.visibleLine(shown)).isNegative();
      }
      i += Character.charCount(cp);
    }
  }
}
