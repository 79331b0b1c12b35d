package org.mailpath.ui.history;

import java.time.LocalDate;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.mailpath.finding.Severity;
import org.mailpath.ui.common.Formats;
import org.mailpath.ui.common.Icons;

/** The history filter: domain, day range (with one-click presets) and least worst severity. */
final class HistoryFilterBar extends VBox {

  HistoryFilterBar(HistoryFilter filter) {
    super(6);
    getStyleClass().add("history-filter");

    TextField domain = new TextField();
    domain.setId("history-domain");
    domain.setPromptText("Domain, e.g. example.org");
    domain.textProperty().bindBidirectional(filter.domainProperty());

    HBox presets = new HBox(4);
    presets.setAlignment(Pos.CENTER_LEFT);
    presets.getChildren().add(caption("Days"));
    for (HistoryFilter.Preset preset : HistoryFilter.Preset.values()) {
      Button button = new Button(preset.label());
      button.setId("history-preset-" + preset.name().toLowerCase(java.util.Locale.ROOT));
      button.getStyleClass().add("small");
      button.setOnAction(event -> filter.use(preset));
      presets.getChildren().add(button);
    }

    DatePicker from = datePicker("history-from", "From", filter.fromProperty().get());
    from.valueProperty().bindBidirectional(filter.fromProperty());
    DatePicker to = datePicker("history-to", "To", filter.toProperty().get());
    to.valueProperty().bindBidirectional(filter.toProperty());
    HBox range = new HBox(4, from, new Label("–"), to);
    range.setAlignment(Pos.CENTER_LEFT);

    ComboBox<Severity> worst = new ComboBox<>();
    worst.setId("history-worst");
    // PASS stands for "any": every session is at least a pass.
    worst.getItems().addAll(Severity.values());
    worst.setButtonCell(new SeverityCell());
    worst.setCellFactory(list -> new SeverityCell());
    worst.setValue(orAny(filter.worstAtLeastProperty().get()));
    worst
        .valueProperty()
        .addListener(
            (o, before, now) ->
                filter.worstAtLeastProperty().set(now == Severity.PASS ? null : now));
    filter.worstAtLeastProperty().addListener((o, before, now) -> worst.setValue(orAny(now)));
    worst.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(worst, Priority.ALWAYS);
    HBox severity = new HBox(6, caption("Worst"), worst);
    severity.setAlignment(Pos.CENTER_LEFT);

    getChildren().addAll(domain, presets, range, severity);
  }

  private static Severity orAny(Severity severity) {
    return severity == null ? Severity.PASS : severity;
  }

  private static Label caption(String text) {
    Label label = new Label(text);
    label.getStyleClass().add("field-label");
    label.setMinWidth(38);
    return label;
  }

  private static DatePicker datePicker(String id, String prompt, LocalDate value) {
    DatePicker picker = new DatePicker(value);
    picker.setId(id);
    picker.setPromptText(prompt);
    picker.setPrefWidth(124);
    picker.setMinWidth(90);
    HBox.setHgrow(picker, Priority.ALWAYS);
    return picker;
  }

  /** "Any severity", or "At least: warning" with the severity's icon. */
  private static final class SeverityCell extends ListCell<Severity> {
    @Override
    protected void updateItem(Severity severity, boolean empty) {
      super.updateItem(severity, empty);
      if (empty || severity == null) {
        setText(null);
        setGraphic(null);
      } else if (severity == Severity.PASS) {
        setText("Any severity");
        setGraphic(null);
      } else {
        setText("At least " + Formats.severity(severity).toLowerCase(java.util.Locale.ROOT));
        setGraphic(Icons.severity(severity));
      }
    }
  }
}
