package org.mailpath.ui.common;

import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Name/value pairs in two aligned columns, with optional headings between them. */
public final class FactSheet extends GridPane {

  private int rows;

  public FactSheet() {
    getStyleClass().add("fact-sheet");
    ColumnConstraints names = new ColumnConstraints();
    names.setMinWidth(Region.USE_PREF_SIZE); // the widest name decides; values wrap instead
    names.setHgrow(Priority.NEVER);
    names.setHalignment(HPos.LEFT);
    ColumnConstraints values = new ColumnConstraints();
    values.setHgrow(Priority.ALWAYS);
    getColumnConstraints().addAll(names, values);
  }

  public void clearFacts() {
    getChildren().clear();
    rows = 0;
  }

  public void heading(String text) {
    Label heading = new Label(text);
    heading.getStyleClass().add("fact-heading");
    heading.setWrapText(true); // a host with its preference, a sender's whole setting
    add(heading, 0, rows++, 2, 1);
  }

  public void fact(String name, String value) {
    Label text = new Label(value == null || value.isBlank() ? "—" : value);
    text.setWrapText(true);
    text.getStyleClass().add("fact-value");
    fact(name, text);
  }

  /** A yes/no fact, shown with a tick or a cross and the words. */
  public void verdict(String name, boolean good, String words) {
    Label text = new Label(words);
    text.setGraphic(Icons.verdict(good));
    text.setWrapText(true);
    text.getStyleClass().add("fact-value");
    fact(name, text);
  }

  /** A fact with a severity mark (shape, glyph and colour, as findings have). */
  public void marked(String name, org.mailpath.finding.Severity mark, String words) {
    Label text = new Label(words == null || words.isBlank() ? "—" : words);
    if (mark != null) {
      text.setGraphic(Icons.severity(mark));
      text.getStyleClass().add("marked-" + mark.name().toLowerCase(java.util.Locale.ROOT));
    }
    text.setWrapText(true);
    text.getStyleClass().addAll("fact-value", "severity-word");
    fact(name, text);
  }

  public void fact(String name, Node value) {
    Label label = new Label(name);
    label.getStyleClass().add("fact-name");
    label.setMinWidth(Region.USE_PREF_SIZE); // names are short; values wrap instead
    GridPane.setValignment(label, VPos.TOP);
    add(label, 0, rows);
    add(value, 1, rows++);
  }

  public void note(String text) {
    Label note = new Label(text);
    note.setWrapText(true);
    note.getStyleClass().add("fact-note");
    add(note, 0, rows++, 2, 1);
  }
}
