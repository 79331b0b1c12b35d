package org.mailpath.ui;

import javafx.scene.control.Label;

/** The muted, wrapping text an empty list or table shows instead of rows. */
final class Placeholder {
  private Placeholder() {}

  static Label saying(String text) {
    Label label = new Label(text);
    label.setWrapText(true);
    label.getStyleClass().add("placeholder");
    return label;
  }
}
