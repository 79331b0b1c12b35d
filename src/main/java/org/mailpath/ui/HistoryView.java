package org.mailpath.ui;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.mailpath.history.SessionSummary;

/**
 * Past sessions, newest first: target, time, worst severity. Selecting one shows what was stored.
 */
final class HistoryView extends BorderPane {

  HistoryView(HistoryViewModel model, ObservableBooleanValue tracing) {
    getStyleClass().add("history");
    Label title = new Label("History");
    title.getStyleClass().add("pane-title");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    Button refresh = new Button("Refresh");
    refresh.getStyleClass().add("small");
    refresh.setOnAction(event -> model.refresh());
    HBox header = new HBox(8, title, spacer, refresh);
    header.setAlignment(Pos.CENTER_LEFT);
    header.getStyleClass().add("pane-header");

    ListView<SessionSummary> list = new ListView<>(model.sessions());
    list.setId("history-list");
    list.setCellFactory(view -> new SessionCell());
    list.setPlaceholder(Placeholder.saying("No stored sessions yet."));
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener((o, before, now) -> model.open(now));
    // A new trace replaces what is shown, so no stored session stays marked as the one on screen.
    tracing.addListener(
        (o, before, now) -> {
          if (now) {
            list.getSelectionModel().clearSelection();
          }
        });

    Label problem = new Label();
    problem.getStyleClass().add("history-problem");
    problem.setWrapText(true);
    problem.textProperty().bind(model.problemProperty());
    problem.visibleProperty().bind(model.problemProperty().isNotNull());
    problem.managedProperty().bind(problem.visibleProperty());

    setTop(header);
    setCenter(list);
    setBottom(problem);
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
              Icons.severity(session.worstSeverity()));
      severity.getStyleClass().add("session-meta");
      setText(null);
      setGraphic(new VBox(2, target, when, severity));
    }
  }
}
