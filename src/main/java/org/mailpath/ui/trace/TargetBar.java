package org.mailpath.ui.trace;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.mailpath.finding.Severity;
import org.mailpath.lab.LabScenario;
import org.mailpath.lab.scenario.AttackMode;
import org.mailpath.ui.common.Icons;

/**
 * The top bar: the address field (validated as you type), the lab examples and attacker, Trace (the
 * default button: Enter) and Cancel (the cancel button: Esc). The examples and the attacker come
 * with {@link #addChoices()}: the window's first frame goes without them.
 */
public final class TargetBar extends VBox {

  private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

  private final TextField field = new TextField();
  private final TraceViewModel model;
  private final HBox row;

  /** Holds the examples' and attacker's place in the first frame, so the field keeps its width. */
  private final Region choicesRoom = new Region();

  private boolean choicesAdded;

  public TargetBar(TraceViewModel model) {
    this.model = model;
    TargetInput input = model.input();
    getStyleClass().add("target-bar");

    Label brand = new Label("mailpath");
    brand.getStyleClass().add("brand");

    Label fieldLabel = new Label("_Address");
    fieldLabel.setMnemonicParsing(true);
    fieldLabel.setLabelFor(field);
    fieldLabel.getStyleClass().add("field-label");

    field.setId("target-field");
    field.setPromptText("user@domain, domain or [host]:port — try alice@good.mail.test");
    field.textProperty().bindBidirectional(input.textProperty());
    // Not disabled while tracing: the focus stays in the field, so Esc and Enter keep working.
    field.editableProperty().bind(model.runningProperty().not());
    input
        .errorProperty()
        .addListener((o, before, now) -> field.pseudoClassStateChanged(INVALID, now != null));
    HBox.setHgrow(field, Priority.ALWAYS);

    Button trace = new Button("_Trace");
    trace.setId("trace-button");
    trace.setDefaultButton(true);
    trace.disableProperty().bind(model.canTraceProperty().not());
    trace.setOnAction(event -> model.trace());
    trace.getStyleClass().add("primary");

    Button cancel = new Button("_Cancel");
    cancel.setId("cancel-button");
    cancel.setCancelButton(true);
    cancel.disableProperty().bind(model.runningProperty().not());
    cancel.setOnAction(event -> model.cancel());

    choicesRoom.getStyleClass().add("choices-room");
    row = new HBox(10, brand, fieldLabel, field, choicesRoom, trace, cancel);
    row.setAlignment(Pos.CENTER_LEFT);

    Label error = new Label();
    error.setId("target-error");
    error.getStyleClass().add("input-error");
    error.setGraphic(Icons.severity(Severity.ERROR));
    error.textProperty().bind(input.errorProperty());
    error.visibleProperty().bind(input.errorProperty().isNotNull());
    error.managedProperty().bind(error.visibleProperty());
    error.setWrapText(true);
    error.translateXProperty().bind(field.layoutXProperty());

    getChildren().addAll(row, error);
  }

  /** Adds the lab examples and the attacker before Trace; once only. */
  public void addChoices() {
    if (choicesAdded) {
      return;
    }
    choicesAdded = true;
    MenuButton examples = examplesMenu();
    ComboBox<AttackMode> attacker = AttackerChoice.of(model);
    int room = row.getChildren().indexOf(choicesRoom);
    row.getChildren().remove(room);
    row.getChildren().addAll(room, List.of(examples, attacker));
  }

  private MenuButton examplesMenu() {
    TargetInput input = model.input();
    MenuButton examples = new MenuButton("_Examples");
    examples.setId("examples");
    examples.setMnemonicParsing(true);
    examples.getStyleClass().add("examples");
    for (LabScenario scenario : input.examples()) {
      MenuItem item =
          new MenuItem(TargetInput.exampleAddress(scenario) + "   —   " + scenario.title());
      item.setMnemonicParsing(false);
      item.setOnAction(
          event -> {
            model.useExample(scenario);
            field.requestFocus();
            field.end();
          });
      examples.getItems().add(item);
    }
    // Like the field: an example cannot replace the address of a trace that is running.
    examples
        .disableProperty()
        .bind(model.runningProperty().or(Bindings.isEmpty(examples.getItems())));
    return examples;
  }

  public TextField field() {
    return field;
  }
}
