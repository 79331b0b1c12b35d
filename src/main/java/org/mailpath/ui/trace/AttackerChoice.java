package org.mailpath.ui.trace;

import java.util.Arrays;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.mailpath.address.Target;
import org.mailpath.lab.Lab;
import org.mailpath.lab.scenario.AttackMode;

/**
 * The lab attacker toggle beside the address: "No attacker", or one of the on-path attacks the lab
 * can stage. Usable only for lab addresses (under .test); it stays visible while on, so a class
 * always sees that the trace they watch is attacked.
 */
final class AttackerChoice {
  private AttackerChoice() {}

  static final String NONE = "No attacker";

  private static final double PREF_WIDTH = 178;

  static ComboBox<AttackMode> of(TraceViewModel model) {
    ComboBox<AttackMode> box = new ComboBox<>();
    box.setId("attacker-choice");
    box.getItems().add(null);
    box.getItems().addAll(Arrays.asList(AttackMode.values()));
    box.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(AttackMode mode) {
            return label(mode);
          }

          @Override
          public AttackMode fromString(String text) {
            return null;
          }
        });
    // The closed box says it short; the list says what each attack does.
    box.setButtonCell(
        new ListCell<>() {
          @Override
          protected void updateItem(AttackMode mode, boolean empty) {
            super.updateItem(mode, empty);
            setText(empty ? null : mode == null ? NONE : "Attacker: " + mode.flag());
          }
        });
    box.valueProperty().bindBidirectional(model.attackerProperty());
    box.disableProperty()
        .bind(
            Bindings.createBooleanBinding(
                    () -> !isLab(model.input().targetProperty().get()),
                    model.input().targetProperty())
                .or(model.runningProperty()));
    box.setTooltip(
        new Tooltip(
            "Lab addresses only: put the lab's on-path attacker between mailpath and the MX"
                + " hosts, to compare the same domain with and without it."));
    box.getStyleClass().add("attacker-choice");
    // Sized by its short button text, not its longest item, so the address field keeps the room;
    // the style sheet gives the same width in em, which follows the presentation zoom.
    box.setPrefWidth(PREF_WIDTH);
    box.setMinWidth(PREF_WIDTH);
    box.setMaxWidth(PREF_WIDTH);
    return box;
  }

  /** "No attacker", "Attacker: strip — removes STARTTLS from the server's EHLO reply". */
  static String label(AttackMode mode) {
    return mode == null ? NONE : "Attacker: " + mode.flag() + " — " + mode.action();
  }

  private static boolean isLab(Target target) {
    return target != null && Lab.covers(target.asciiName());
  }
}
