package org.mailpath.ui.details;

import java.util.List;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.mailpath.smtp.TranscriptLine;
import org.mailpath.ui.common.Formats;
import org.mailpath.ui.common.Placeholder;
import org.mailpath.ui.timeline.TimelineGroup;

/**
 * The SMTP dialogue of one connection in monospace: time, then "C:" for what mailpath sent, "S:"
 * for what the server answered, "*" for notes. Follows new lines while the trace runs.
 */
final class TranscriptView extends ListView<TranscriptLine> {

  private static final KeyCombination COPY =
      new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

  private static final String SELECT_A_CONNECTION =
      "Select a connection or one of its steps to see its SMTP transcript.";

  private final ListChangeListener<TranscriptLine> follow =
      change -> {
        if (!getItems().isEmpty()) {
          scrollTo(getItems().size() - 1);
        }
      };

  TranscriptView() {
    setId("transcript");
    getStyleClass().add("transcript");
    setPlaceholder(Placeholder.saying(SELECT_A_CONNECTION));
    setCellFactory(list -> new LineCell());
    getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    MenuItem copySelected = new MenuItem("Copy selected lines");
    copySelected.setAccelerator(COPY);
    copySelected.setOnAction(event -> copy(getSelectionModel().getSelectedItems()));
    MenuItem copyAll = new MenuItem("Copy whole transcript");
    copyAll.setOnAction(event -> copy(getItems()));
    setContextMenu(new ContextMenu(copySelected, copyAll));
    setOnKeyPressed(
        event -> {
          if (COPY.match(event)) {
            copy(getSelectionModel().getSelectedItems());
            event.consume();
          }
        });
  }

  private static void copy(List<TranscriptLine> lines) {
    if (lines.isEmpty()) {
      return;
    }
    ClipboardContent content = new ClipboardContent();
    content.putString(
        lines.stream().map(TranscriptView::asText).collect(Collectors.joining("\n", "", "\n")));
    Clipboard.getSystemClipboard().setContent(content);
  }

  private static String asText(TranscriptLine line) {
    return Formats.timeOfDay(line.at()) + "  " + line.render();
  }

  void show(TimelineGroup group) {
    getItems().removeListener(follow);
    ObservableList<TranscriptLine> lines =
        group == null || group.isDns() ? FXCollections.observableArrayList() : group.transcript();
    setItems(lines);
    lines.addListener(follow);
    setPlaceholder(
        Placeholder.saying(
            group != null && group.isDns()
                ? "DNS has no SMTP transcript: see the DNS tab."
                : SELECT_A_CONNECTION));
  }

  private static final class LineCell extends ListCell<TranscriptLine> {
    @Override
    protected void updateItem(TranscriptLine line, boolean empty) {
      super.updateItem(line, empty);
      getStyleClass().removeAll("line-client", "line-server", "line-note");
      if (empty || line == null) {
        setText(null);
        return;
      }
      setText(asText(line));
      getStyleClass()
          .add(
              switch (line.direction()) {
                case CLIENT -> "line-client";
                case SERVER -> "line-server";
                case NOTE -> "line-note";
              });
    }
  }
}
