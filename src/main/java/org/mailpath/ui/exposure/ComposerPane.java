package org.mailpath.ui.exposure;

import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.mailpath.exposure.Protection;

/** The example message and the protection choice. The text is the user's; it goes nowhere. */
final class ComposerPane extends VBox {

  ComposerPane(ExposureViewModel model) {
    super(6);
    getStyleClass().add("exposure-composer");
    GridPane fields = new GridPane();
    fields.setHgap(8);
    fields.setVgap(4);
    field(fields, 0, 0, "From", "composer-from", model.fromProperty());
    field(fields, 1, 0, "To", "composer-to", model.toProperty());
    field(fields, 2, 0, "Cc", "composer-cc", model.ccProperty());
    field(fields, 0, 1, "Subject", "composer-subject", model.subjectProperty());
    field(fields, 1, 1, "Bcc", "composer-bcc", model.bccProperty());
    field(fields, 2, 1, "Attachment", "composer-attachment", model.attachmentProperty());

    ToggleGroup protections = new ToggleGroup();
    // The choices reflow onto a second line rather than squeeze their names into "…".
    FlowPane choices = new FlowPane(4, 4);
    choices.setId("protection-choices");
    for (Protection p : Protection.values()) {
      ToggleButton button = new ToggleButton(shortName(p));
      button.setId("protection-" + p.cliName());
      button.setUserData(p);
      button.setToggleGroup(protections);
      button.setSelected(p == model.protectionProperty().get());
      button.setMinWidth(Region.USE_PREF_SIZE);
      choices.getChildren().add(button);
    }
    protections
        .selectedToggleProperty()
        .addListener(
            (o, before, now) -> {
              if (now == null) {
                before.setSelected(true); // one protection is always chosen
              } else {
                model.protectionProperty().set((Protection) now.getUserData());
              }
            });
    model
        .protectionProperty()
        .addListener(
            (o, before, now) ->
                protections.getToggles().forEach(b -> b.setSelected(b.getUserData() == now)));
    Label protectionLabel = caption("Protection");
    protectionLabel.getStyleClass().add("exposure-part");
    HBox.setHgrow(choices, Priority.ALWAYS);
    HBox protectionRow = new HBox(8, protectionLabel, choices);
    protectionRow.setAlignment(Pos.CENTER_LEFT);
    Label note = new Label("Your example stays on this computer: it is shown here, never sent.");
    note.getStyleClass().add("exposure-note");
    note.setWrapText(true);
    getChildren().addAll(fields, protectionRow, note);
  }

  /** A field's name: it never shrinks below its text; the field beside it gives way instead. */
  private static Label caption(String text) {
    Label caption = new Label(text);
    caption.setMinWidth(Region.USE_PREF_SIZE);
    return caption;
  }

  private static void field(
      GridPane grid, int column, int row, String label, String id, StringProperty value) {
    Label caption = caption(label);
    TextField text = new TextField();
    text.setId(id);
    text.textProperty().bindBidirectional(value);
    text.setPrefColumnCount(22);
    caption.setLabelFor(text);
    GridPane.setHgrow(text, Priority.ALWAYS);
    grid.add(caption, column * 2, row);
    grid.add(text, column * 2 + 1, row);
  }

  private static String shortName(Protection p) {
    return switch (p) {
      case NONE -> "None";
      case PGP_MIME -> "PGP/MIME";
      case PGP_INLINE -> "Inline PGP";
      case PGP_MIME_HP -> "PGP/MIME + HP";
      case SMIME_SIGNED -> "S/MIME signed";
      case SMIME_ENVELOPED -> "S/MIME";
      case SMIME_HP -> "S/MIME + HP";
    };
  }
}
