package org.mailpath.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SafeTextTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          0007 | \\x07
          0000 | \\x00
          000D | \\x0D
          001B | \\x1B
          007F | \\x7F
          0085 | \\x85
          FFFE | \\uFFFE
          D800 | \\uD800
          """)
  void visible_controlOrNonCharacter_becomesEscape(String hex, String expected) {
    String c = String.valueOf((char) Integer.parseInt(hex, 16));

    assertThat(SafeText.visible("a" + c + "b")).isEqualTo("a" + expected + "b");
  }

  @Test
  void visible_printableTextMarkupAndLineBreaks_areKept() {
    String text = "<b>&amp; ü € 😀\nline two";

    assertThat(SafeText.visible(text)).isEqualTo(text);
  }

  @Test
  void text_markup_isEscapedForXml() {
    assertThat(HtmlReport.text("<script>&\"'\u0007"))
        .isEqualTo("&lt;script&gt;&amp;&quot;&#39;\\x07");
  }
}
