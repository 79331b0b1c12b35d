package org.mailpath.ui.history;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.mailpath.history.SessionSummary;
import org.mailpath.ui.common.Formats;
import org.mailpath.ui.common.Icons;
import org.mailpath.ui.common.Placeholder;

/**
 * Past sessions, newest first, narrowed by a filter. Selecting one shows what was stored; two can
 * be compared. Re-run, delete and export act on the selected or shown session.
 */
public final class HistoryView extends BorderPane {

  private final HistoryViewModel model;
  private final HistoryDialogs dialogs;
  private final ListView<SessionSummary> list;

  public HistoryView(HistoryViewModel model, HistoryDialogs dialogs) {
    this.model = model;
    this.dialogs = dialogs;
    getStyleClass().add("history");
    Label title = new Label("History");
    title.getStyleClass().add("pane-title");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    Button refresh = new Button("Refresh");
    refresh.getStyleClass().add("small");
    refresh.setOnAction(event -> model.refresh());
    HBox titleRow = new HBox(8, title, spacer, refresh);
    titleRow.setAlignment(Pos.CENTER_LEFT);
    VBox header = new VBox(8, titleRow, new HistoryFilterBar(model.filter()));
    header.getStyleClass().add("pane-header");

    list = new ListView<>(model.sessions());
    list.setId("history-list");
    list.setCellFactory(view -> new SessionCell());
    list.setPlaceholder(Placeholder.saying("No stored session matches."));
    list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    list.getSelectionModel()
        .getSelectedItems()
        .addListener(
            (javafx.collections.ListChangeListener<SessionSummary>)
                change -> {
                  if (selected().size() == 1) {
                    model.open(selected().get(0));
                  }
                });
    ObservableBooleanValue tracing = model.tracingProperty();
    // A new trace replaces what is shown, so no stored session stays marked as the one on screen.
    model
        .tracingProperty()
        .addListener(
            (o, before, now) -> {
              if (now) {
                list.getSelectionModel().clearSelection();
              }
            });

    VBox footer =
        new VBox(
            actions(tracing),
            line(model.limitProperty(), "history-notice"),
            line(model.problemProperty(), "history-problem"),
            line(model.noticeProperty(), "history-notice"));
    setTop(header);
    setCenter(list);
    setBottom(footer);
  }

  private FlowPane actions(ObservableBooleanValue tracing) {
    BooleanBinding one = Bindings.size(list.getSelectionModel().getSelectedItems()).isNotEqualTo(1);
    BooleanBinding two = Bindings.size(list.getSelectionModel().getSelectedItems()).isNotEqualTo(2);
    Button rerun = action("history-rerun", "Re-run", one.or(tracing));
    rerun.setOnAction(event -> model.rerun(selected().get(0)));
    Button delete = action("history-delete", "Delete…", one.or(tracing));
    delete.setOnAction(event -> delete(selected().get(0)));
    Button compare = action("history-compare", "Compare", two);
    compare.setOnAction(event -> compare(selected().get(0), selected().get(1)));
    Button export = action("history-export", "Export…", model.canExportProperty().not());
    export.setOnAction(
        event ->
            dialogs
                .exportFile(getScene().getWindow(), model.suggestedExportName())
                .ifPresent(choice -> model.export(choice.format(), choice.file())));
    FlowPane bar = new FlowPane(6, 6, rerun, delete, compare, export);
    bar.getStyleClass().add("history-actions");
    return bar;
  }

  private static Button action(String id, String text, ObservableBooleanValue disabled) {
    Button button = new Button(text);
    button.setId(id);
    button.getStyleClass().add("small");
    button.disableProperty().bind(disabled);
    return button;
  }

  private void delete(SessionSummary session) {
    if (dialogs.confirmDelete(getScene().getWindow(), session)) {
      model.delete(session);
    }
  }

  private void compare(SessionSummary a, SessionSummary b) {
    if (!model.comparesAcrossDomains(a, b)
        || dialogs.confirmCompareAcrossDomains(getScene().getWindow(), a, b)) {
      model.compare(a, b);
    }
  }

  private List<SessionSummary> selected() {
    return List.copyOf(list.getSelectionModel().getSelectedItems());
  }

  private static Label line(javafx.beans.value.ObservableStringValue text, String styleClass) {
    Label label = new Label();
    label.getStyleClass().add(styleClass);
    label.setWrapText(true);
    label.textProperty().bind(text);
    label.visibleProperty().bind(Bindings.isNotEmpty(text));
    label.managedProperty().bind(label.visibleProperty());
    return label;
  }

  private static final class SessionCell extends ListCell<SessionSummary> {
    SessionCell() {
      setPrefWidth(0); // fit the list's width instead of scrolling sideways
    }

    @Override
    protected void updateItem(SessionSummary session, boolean empty) {
      super.updateItem(session, empty);
      if (empty || session == null) {
        setGraphic(null);
        setText(null);
        return;
      }
      Label target = new Label(session.target());
      target.getStyleClass().add("session-target");
      Label when = new Label("#" + session.id() + " · " + Formats.dateTime(session.started()));
      when.getStyleClass().add("session-meta");
      Label severity =
          new Label(
              Formats.severity(session.worstSeverity())
                  + " · "
                  + session.findings()
                  + (session.findings() == 1 ? " finding" : " findings"),
              session.worstSeverity() == null ? null : Icons.severity(session.worstSeverity()));
      severity.getStyleClass().add("session-meta");
      setText(null);
      setGraphic(new VBox(2, target, when, severity));
    }
  }
}
