package org.mailpath.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.util.List;
import java.util.stream.Collectors;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * JavaFX loads {@code mailpath.bss}, when it lies beside {@code mailpath.css}, instead of parsing
 * the text; the build writes it from the text. It must say the same rules.
 */
class BinaryStyleSheetTest {

  @Test
  void theBinaryStyleSheetHasTheTextsRules() throws IOException {
    URL text = MailpathApp.class.getResource(MailpathApp.STYLE_SHEET);
    URL binary = MailpathApp.class.getResource(MailpathApp.STYLE_SHEET.replace(".css", ".bss"));
    assertThat(binary).as("the build writes ui/mailpath.bss").isNotNull();

    List<String> parsed = rules(new CssParser().parse(text));
    List<String> loaded = rules(Stylesheet.loadBinary(binary));

    assertThat(parsed).hasSizeGreaterThan(100);
    assertThat(loaded).isEqualTo(parsed);
  }

  /** Each rule's selectors and declarations, as text (a binary rule reads them when asked). */
  private static List<String> rules(Stylesheet sheet) {
    return sheet.getRules().stream()
        .map(rule -> rule.getSelectors() + " " + declarations(rule))
        .collect(Collectors.toList());
  }

  private static String declarations(Rule rule) {
    return rule.getDeclarations().stream()
        .map(d -> d.getProperty() + ": " + d.getParsedValue() + (d.isImportant() ? " !" : ""))
        .collect(Collectors.joining("; "));
  }
}
