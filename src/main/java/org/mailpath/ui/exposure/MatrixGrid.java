package org.mailpath.ui.exposure;

import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.mailpath.exposure.Cell;
import org.mailpath.exposure.ExposureMatrix;
import org.mailpath.exposure.Observer;
import org.mailpath.exposure.Part;
import org.mailpath.exposure.Row;

/**
 * Parts down, observers across. The cells are made once and updated in place when the matrix
 * changes; clicking one selects it, hovering shows its reason and RFC.
 */
final class MatrixGrid extends GridPane {

  private static final int FIRST_CELL_ROW = 2;

  private final Map<Part, Label> examples = new EnumMap<>(Part.class);
  private final Map<Part, Map<Observer, Label>> cells = new EnumMap<>(Part.class);
  private final ExposureViewModel model;

  MatrixGrid(ExposureViewModel model) {
    this.model = model;
    getStyleClass().add("exposure-grid");
    ColumnConstraints partColumn = new ColumnConstraints(200, 330, 420);
    getColumnConstraints().add(partColumn);
    for (int i = 0; i < Observer.values().length; i++) {
      ColumnConstraints c = new ColumnConstraints(96, 112, Double.MAX_VALUE);
      c.setHgrow(Priority.ALWAYS);
      c.setHalignment(HPos.CENTER);
      getColumnConstraints().add(c);
    }
    add(group("On the last hop's network", "group-last-hop"), 1, 0, 2, 1);
    add(group("Parties to the message", "group-parties"), 3, 0, 5, 1);
    for (Observer o : Observer.values()) {
      Label heading = new Label(o.label());
      heading.setWrapText(true);
      heading.getStyleClass().add("exposure-observer");
      heading.setMaxWidth(Double.MAX_VALUE);
      add(heading, o.ordinal() + 1, 1);
    }
    for (Part part : Part.values()) {
      int row = FIRST_CELL_ROW + part.ordinal();
      Label name = new Label(part.label());
      name.getStyleClass().add("exposure-part");
      Label example = new Label();
      example.getStyleClass().add("exposure-example");
      // Where the name leaves it too little room the example ends in "…"; hover reads it whole.
      examples.put(part, example);
      name.setMinWidth(Region.USE_PREF_SIZE);
      HBox partBox = new HBox(8, name, example);
      partBox.setAlignment(Pos.CENTER_LEFT);
      add(partBox, 0, row);
      Map<Observer, Label> byObserver = new EnumMap<>(Observer.class);
      for (Observer o : Observer.values()) {
        Label cell = new Label();
        cell.setId("cell-" + part.name() + "-" + o.name());
        cell.getStyleClass().add("exposure-cell");
        cell.setMaxWidth(Double.MAX_VALUE);
        cell.setMaxHeight(Double.MAX_VALUE);
        cell.setOnMouseClicked(e -> select(part, o));
        byObserver.put(o, cell);
        add(cell, o.ordinal() + 1, row);
      }
      cells.put(part, byObserver);
    }
    model.matrixProperty().addListener((o, before, now) -> show(now));
    model.selectionProperty().addListener((o, before, now) -> markSelection(now));
    show(model.matrixProperty().get());
  }

  private void select(Part part, Observer observer) {
    model
        .selectionProperty()
        .set(
            new ExposureViewModel.Selection(
                part, model.matrixProperty().get().cellAt(part, observer)));
  }

  private void show(ExposureMatrix matrix) {
    for (Row row : matrix.rows()) {
      Label example = examples.get(row.part());
      example.setText(row.example());
      example.setTooltip(row.example().isEmpty() ? null : new Tooltip(row.example()));
      example.setManaged(!row.example().isEmpty());
      example.setVisible(!row.example().isEmpty());
      for (Cell cell : row.cells()) {
        Label label = cells.get(row.part()).get(cell.observer());
        VisibilityLook look = VisibilityLook.of(cell.visibility(), cell.observer());
        label.setText(look.text());
        label.getStyleClass().removeIf(VisibilityLook::isLookClass);
        label.getStyleClass().add(look.styleClass());
        Tooltip tip =
            new Tooltip(
                row.part().label()
                    + " \u00b7 "
                    + cell.observer().label()
                    + ": "
                    + cell.visibility().words()
                    + "\n"
                    + cell.reason()
                    + "\n"
                    + cell.rfc());
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        tip.setShowDelay(Duration.millis(250));
        label.setTooltip(tip);
      }
    }
  }

  private void markSelection(ExposureViewModel.Selection selection) {
    cells
        .values()
        .forEach(m -> m.values().forEach(l -> l.getStyleClass().remove("exposure-selected")));
    if (selection != null) {
      cells
          .get(selection.part())
          .get(selection.cell().observer())
          .getStyleClass()
          .add("exposure-selected");
    }
  }

  private static Label group(String text, String id) {
    Label label = new Label(text);
    label.setId(id);
    label.getStyleClass().add("exposure-group");
    label.setMaxWidth(Double.MAX_VALUE);
    return label;
  }
}
