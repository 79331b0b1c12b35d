package org.mailpath.ui.findings;

import java.util.Comparator;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableObjectValue;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.mailpath.finding.Finding;
import org.mailpath.trace.TraceReport;
import org.mailpath.ui.common.Formats;
import org.mailpath.ui.common.Icons;
import org.mailpath.ui.common.Placeholder;
import org.mailpath.ui.trace.TraceStatus;

/** The findings, worst first, each with its severity icon and word; the selected one explained. */
public final class FindingsView extends BorderPane {

  private final ListView<Finding> list = new ListView<>();
  private final FindingDetailView detail;
  private Consumer<Finding> onChosen = finding -> {};
  // The worst finding is selected by itself as findings arrive: that is not the user's choice.
  private boolean selectingByItself;

  /** {@code report}: the finished trace shown, or null while one runs. */
  public FindingsView(
      ObservableList<Finding> findings,
      ObservableObjectValue<TraceStatus.State> state,
      ObservableObjectValue<TraceReport> report) {
    detail = new FindingDetailView(report::get);
    report.addListener((o, before, now) -> detail.show(list.getSelectionModel().getSelectedItem()));
    getStyleClass().add("findings");
    Label title = new Label("Findings");
    title.getStyleClass().add("pane-title");
    Label count = new Label();
    count.getStyleClass().add("pane-subtitle");
    count
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    findings.isEmpty()
                        ? ""
                        : findings.size() + (findings.size() == 1 ? " finding" : " findings"),
                findings));
    HBox header = new HBox(10, title, count);
    header.setAlignment(Pos.BASELINE_LEFT);
    header.getStyleClass().add("pane-header");

    list.setId("findings-list");
    // Worst first; the sort is stable, so findings of equal severity keep the order they were
    // raised.
    list.setItems(new SortedList<>(findings, Comparator.comparing(Finding::severity).reversed()));
    list.setCellFactory(view -> new FindingCell());
    list.placeholderProperty()
        .bind(
            Bindings.createObjectBinding(
                () -> Placeholder.saying(placeholderText(state.get())), state));
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, before, now) -> {
              detail.show(now);
              if (now != null && !selectingByItself) {
                onChosen.accept(now);
              }
            });
    // A click on the finding already selected (the worst, selected by itself) is a choice too.
    list.setOnMouseClicked(
        e -> {
          Finding clicked = list.getSelectionModel().getSelectedItem();
          if (clicked != null) {
            onChosen.accept(clicked);
          }
        });
    // With nothing chosen yet, explain the worst finding straight away.
    list.getItems()
        .addListener(
            (javafx.collections.ListChangeListener<Finding>)
                change -> {
                  if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
                    selectingByItself = true;
                    list.getSelectionModel().selectFirst();
                    selectingByItself = false;
                  }
                });

    SplitPane split = new SplitPane(list, detail);
    split.setDividerPositions(0.58);
    setTop(header);
    setCenter(split);
  }

  /**
   * Called with the finding the user picks (by click or keyboard), not with the one selected by
   * itself when findings arrive.
   */
  public void setOnFindingChosen(Consumer<Finding> action) {
    this.onChosen = action;
  }

  private static String placeholderText(TraceStatus.State state) {
    return switch (state) {
      case IDLE, RUNNING -> "Findings appear here as the trace raises them.";
      case FINISHED, STORED_SESSION -> "No findings: nothing here would make a sender stumble.";
      case CANCELLED, FAILED -> "No findings before the trace stopped.";
    };
  }

  /**
   * Severity, then the code over its subject: on two lines each gets the list's width. What still
   * does not fit ends in "…" with the whole text in its tooltip.
   */
  private static final class FindingCell extends ListCell<Finding> {
    FindingCell() {
      setPrefWidth(0); // fit the list's width instead of scrolling sideways
    }

    @Override
    protected void updateItem(Finding finding, boolean empty) {
      super.updateItem(finding, empty);
      if (empty || finding == null) {
        setGraphic(null);
        setText(null);
        return;
      }
      Label severity =
          new Label(Formats.severity(finding.severity()), Icons.severity(finding.severity()));
      severity.getStyleClass().addAll("severity-word", "finding-severity"); // width: the CSS, in em
      severity.setMinWidth(Region.USE_PREF_SIZE);
      VBox codeAndSubject =
          new VBox(
              abbreviated(finding.code(), "finding-code"),
              abbreviated(finding.subject(), "finding-subject"));
      codeAndSubject.setMinWidth(0);
      HBox.setHgrow(codeAndSubject, Priority.ALWAYS);
      HBox row = new HBox(10, severity, codeAndSubject);
      row.setAlignment(Pos.CENTER_LEFT);
      setText(null);
      setGraphic(row);
    }

    private static Label abbreviated(String text, String styleClass) {
      Label label = new Label(text);
      label.getStyleClass().add(styleClass);
      label.setMinWidth(0);
      label.setTooltip(new Tooltip(text));
      return label;
    }
  }
}
