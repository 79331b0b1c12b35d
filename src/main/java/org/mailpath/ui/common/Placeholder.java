package org.mailpath.ui.common;

import javafx.scene.control.Label;

/** The muted, wrapping text an empty list or table shows instead of rows. */
public final class Placeholder {
  private Placeholder() {}

  public static Label saying(String text) {
    Label label = new Label(text);
    label.setWrapText(true);
    label.getStyleClass().add("placeholder");
    return label;
  }
}
