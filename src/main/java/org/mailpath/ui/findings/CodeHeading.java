package org.mailpath.ui.findings;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.mailpath.finding.Finding;
import org.mailpath.ui.common.Icons;

/**
 * A finding's code as a heading, its severity icon first, that wraps only after a hyphen. JavaFX
 * wraps a label's text only at spaces, so in a narrow pane a long code such as {@code
 * starttls-stripped-suspected} broke in the middle of a word; here each part is a label of its own.
 */
final class CodeHeading extends HBox {

  /** Room for a short code beside the icon before the pane's own width applies. */
  private static final double PREF_WRAP = 120;

  CodeHeading(Finding finding) {
    super(8);
    getStyleClass().add("finding-heading-row");
    setMinWidth(0);
    FlowPane words = new FlowPane(); // a second line starts under the first word, not the icon
    words.setPrefWrapLength(PREF_WRAP);
    words.setMinWidth(0);
    HBox.setHgrow(words, Priority.ALWAYS);
    for (String part : parts(finding.code())) {
      Label label = new Label(part);
      label.getStyleClass().add("finding-heading");
      words.getChildren().add(label);
    }
    Node icon = Icons.severity(finding.severity());
    getChildren().addAll(icon, words);
  }

  /** "starttls-stripped-suspected" as "starttls-", "stripped-", "suspected". */
  static List<String> parts(String code) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (int hyphen = code.indexOf('-'); hyphen >= 0; hyphen = code.indexOf('-', hyphen + 1)) {
      parts.add(code.substring(start, hyphen + 1));
      start = hyphen + 1;
    }
    if (start < code.length()) {
      parts.add(code.substring(start));
    }
    return parts;
  }
}
