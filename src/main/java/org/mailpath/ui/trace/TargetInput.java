package org.mailpath.ui.trace;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mailpath.address.InvalidTargetException;
import org.mailpath.address.Target;
import org.mailpath.address.TargetParser;
import org.mailpath.lab.LabScenario;

/**
 * The address field's model: validates as the user types and offers the lab's examples. An empty
 * field is not an error, just nothing to trace yet.
 */
public final class TargetInput {

  /** The mailbox the lab examples use. */
  static final String EXAMPLE_LOCAL_PART = "alice";

  private final StringProperty text = new SimpleStringProperty(this, "text", "");
  private final ReadOnlyObjectWrapper<Target> target = new ReadOnlyObjectWrapper<>(this, "target");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
  private final ObservableList<LabScenario> examples = FXCollections.observableArrayList();
  // Kept in a field: an unmodifiable view only weakly listens to the list behind it.
  private final ObservableList<LabScenario> examplesView =
      FXCollections.unmodifiableObservableList(examples);
  private final BooleanBinding valid = target.isNotNull();

  public TargetInput(Supplier<List<LabScenario>> labScenarios) {
    text.addListener((observable, before, now) -> validate(now));
    examples.setAll(loadExamples(labScenarios));
  }

  private static List<LabScenario> loadExamples(Supplier<List<LabScenario>> labScenarios) {
    try {
      return labScenarios.get();
    } catch (RuntimeException e) {
      return List.of(); // without a lab there is simply nothing to offer
    }
  }

  private void validate(String value) {
    if (value == null || value.isBlank()) {
      target.set(null);
      error.set(null);
      return;
    }
    try {
      target.set(TargetParser.parse(value));
      error.set(null);
    } catch (InvalidTargetException e) {
      target.set(null);
      error.set(e.getMessage());
    }
  }

  /** Puts the example address of a lab scenario into the field. */
  public void useExample(LabScenario scenario) {
    text.set(exampleAddress(scenario));
  }

  public static String exampleAddress(LabScenario scenario) {
    return EXAMPLE_LOCAL_PART + "@" + scenario.domain();
  }

  /** What the user typed; the view binds the field to it both ways. */
  public StringProperty textProperty() {
    return text;
  }

  /** The parsed target, or null while the text is empty or invalid. */
  public ReadOnlyObjectProperty<Target> targetProperty() {
    return target.getReadOnlyProperty();
  }

  /** One line saying what is wrong with the text, or null. */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  public BooleanBinding validProperty() {
    return valid;
  }

  public ObservableList<LabScenario> examples() {
    return examplesView;
  }
}
