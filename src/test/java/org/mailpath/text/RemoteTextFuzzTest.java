package org.mailpath.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.mailpath.fuzz.Fuzzing;

/** The escaper every remote string passes through, on any UTF-16 text, lone surrogates included. */
class RemoteTextFuzzTest {

  /** The longest escape, {@code \U000e0001}, is ten characters for two UTF-16 units. */
  private static final int MAX_GROWTH = 6;

  /**
   * Whatever comes in, what goes out has no C0 control (but LF and TAB in visible), no DEL, no C1
   * (ESC-free, CSI-free), no format character and no lone surrogate; it is at most six times as
   * long, escaping it again changes nothing, and text with nothing to escape is returned as it is.
   */
  @FuzzTest(maxDuration = Fuzzing.MAX_DURATION)
  void visible_anyText_noControlsAndIdempotent(byte[] utf16) {
    String text = utf16BigEndian(utf16);

    String shown = RemoteText.visible(text);
    String line = RemoteText.visibleLine(text);

    assertNoHidden(shown, false);
    assertNoHidden(line, true);
    assertThat(shown.length()).isLessThanOrEqualTo(MAX_GROWTH * text.length());
    assertThat(line.length()).isLessThanOrEqualTo(MAX_GROWTH * text.length());
    assertThat(RemoteText.visible(shown)).isEqualTo(shown);
    assertThat(RemoteText.visibleLine(line)).isEqualTo(line);
    assertThat(RemoteText.visibleLine(shown)).isEqualTo(line);
    if (text.codePoints().noneMatch(RemoteText::isEscaped)) {
      assertThat(shown).isSameAs(text);
    }
  }

  /** Every two bytes one UTF-16 unit, unchecked: a decoder would replace lone surrogates. */
  private static String utf16BigEndian(byte[] bytes) {
    char[] units = new char[bytes.length / 2];
    for (int i = 0; i < units.length; i++) {
      units[i] = (char) ((bytes[2 * i] & 0xff) << 8 | (bytes[2 * i + 1] & 0xff));
    }
    return new String(units);
  }

  private static void assertNoHidden(String out, boolean oneLine) {
    for (int i = 0; i < out.length(); ) {
      int cp = out.codePointAt(i);
      boolean kept = !oneLine && (cp == '\n' || cp == '\t');
      if (!kept) {
        assertThat(cp < 0x20 || (cp >= 0x7f && cp <= 0x9f))
            .as("C0/DEL/C1 U+%04X at %d", cp, i)
            .isFalse();
        assertThat(Character.getType(cp))
            .as("U+%04X at %d", cp, i)
            .isNotIn((int) Character.FORMAT, (int) Character.SURROGATE);
        assertThat(cp).as("line or paragraph separator").isNotIn(0x2028, 0x2029);
      }
      i += Character.charCount(cp);
    }
  }
}
