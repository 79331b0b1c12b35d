package org.mailpath.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RemoteTextTest {

  @ParameterizedTest(name = "U+{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          0000 | \\x00
          0007 | \\x07
          000D | \\x0d
          001B | \\x1b
          007F | \\x7f
          0080 | \\u0080
          0085 | \\u0085
          009B | \\u009b
          009F | \\u009f
          00AD | \\u00ad
          061C | \\u061c
          200B | \\u200b
          200E | \\u200e
          200F | \\u200f
          202A | \\u202a
          202E | \\u202e
          2028 | \\u2028
          2029 | \\u2029
          2066 | \\u2066
          2069 | \\u2069
          FEFF | \\ufeff
          FFFE | \\ufffe
          D800 | \\ud800
          DC00 | \\udc00
          """)
  void visible_controlFormatOrNonCharacter_becomesEscape(String hex, String expected) {
    String c = String.valueOf((char) Integer.parseInt(hex, 16));

    assertThat(RemoteText.visible("a" + c + "b")).isEqualTo("a" + expected + "b");
  }

  @Test
  void visible_tagCharacterOutsideTheBmp_becomesEscape() {
    String tagA = new String(Character.toChars(0xE0041));

    assertThat(RemoteText.visible("x" + tagA)).isEqualTo("x\\U000e0041");
  }

  @Test
  void visible_printableTextMarkupLineBreaksAndTabs_areKept() {
    String text = "<b>&amp; ü € 😀 \\x1b\tcol\nline two";

    assertThat(RemoteText.visible(text)).isSameAs(text);
  }

  @Test
  void visibleLine_lineFeedAndTab_becomeEscapes() {
    assertThat(RemoteText.visibleLine("a\nb\tc")).isEqualTo("a\\x0ab\\x09c");
  }

  @Test
  void visible_alreadyEscapedText_isUnchanged() {
    String once = RemoteText.visible("220 \u001b[2J\u009b31m\u202eevil");

    assertThat(RemoteText.visible(once)).isEqualTo(once);
  }

  @Test
  void visible_everyCharacter_leavesNoControlNoC1AndNoFormatCharacter() {
    StringBuilder all = new StringBuilder();
    for (int cp = 0; cp < 0x30000; cp++) {
      if (cp < 0xD800 || cp > 0xDFFF) {
        all.appendCodePoint(cp);
      }
    }
    all.append("\uD800x\uDC00");

    String shown = RemoteText.visible(all.toString());

    shown
        .codePoints()
        .forEach(
            cp ->
                assertThat(
                        cp == '\n'
                            || cp == '\t'
                            || (cp >= 0x20 && cp < 0x7f)
                            || (cp > 0x9f
                                && Character.getType(cp) != Character.FORMAT
                                && Character.getType(cp) != Character.SURROGATE
                                && cp != 0x2028
                                && cp != 0x2029))
                    .as("U+%04X", cp)
                    .isTrue());
  }

  @Test
  void visible_null_isNull() {
    assertThat(RemoteText.visible((String) null)).isNull();
  }

  @Test
  void assertNone_rawEscapeOrBidi_fails() {
    assertThatThrownBy(() -> HiddenCharacters.assertNone("ok\r\nthen \u001b[2J"))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> HiddenCharacters.assertNone("\u202e"))
        .isInstanceOf(AssertionError.class);
  }
}
