package org.mailpath.ui.timeline;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableIntegerValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import org.mailpath.context.StepStatus;
import org.mailpath.finding.Severity;
import org.mailpath.ui.common.Formats;
import org.mailpath.ui.common.Icons;
import org.mailpath.ui.common.Placeholder;

/**
 * The live timeline: DNS, then one expandable row per MX connection with its steps, each with a
 * status icon and word, a duration and a one-line summary. Mirrors the {@link TimelineModel}.
 */
public final class TimelineView extends TreeTableView<TimelineRow> {

  private final Map<TimelineRow, TreeItem<TimelineRow>> items = new HashMap<>();

  public TimelineView(TimelineModel model) {
    this(model, new SimpleIntegerProperty(100));
  }

  /**
   * A timeline whose fixed columns grow with the window's type size ({@code typePercent}, percent
   * of normal), so that a presentation zoom does not cut their words.
   */
  public TimelineView(TimelineModel model, ObservableIntegerValue typePercent) {
    setId("timeline");
    getStyleClass().add("timeline");
    setRoot(new TreeItem<>());
    getRoot().setExpanded(true);
    setShowRoot(false);
    setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    setPlaceholder(Placeholder.saying("No trace yet. The steps appear here as the trace runs."));
    // Status and duration never squeeze; the summary takes what is left (the last column flexes)
    // and, where even that is short, ends in "…" with the whole text in its tooltip.
    getColumns().add(column("Step", 140, 230, TimelineRow::titleProperty, StepTitleCell::new));
    getColumns().add(column("Status", 96, 96, TimelineRow::statusProperty, StatusCell::new));
    getColumns().add(column("Duration", 68, 68, TimelineRow::durationProperty, DurationCell::new));
    getColumns().add(column("Summary", 90, 200, TimelineRow::summaryProperty, SummaryCell::new));
    scaleWidths(typePercent);
    mirror(model.groups(), getRoot());
  }

  public ReadOnlyObjectProperty<TreeItem<TimelineRow>> selectedItemProperty() {
    return getSelectionModel().selectedItemProperty();
  }

  /** Selects {@code row} (a group or a step) and scrolls it into view; null changes nothing. */
  public void select(TimelineRow row) {
    TreeItem<TimelineRow> item = row == null ? null : items.get(row);
    if (item == null) {
      return;
    }
    getSelectionModel().select(item);
    int index = getRow(item);
    if (index >= 0) {
      scrollTo(index);
    }
  }

  /**
   * Sets each column's widths to its normal widths times the type size, now and on every change.
   * Set, not bound: the table sets them itself when a column is resized.
   */
  private void scaleWidths(ObservableIntegerValue typePercent) {
    Map<TreeTableColumn<TimelineRow, ?>, double[]> normal = new HashMap<>();
    for (TreeTableColumn<TimelineRow, ?> column : getColumns()) {
      normal.put(column, new double[] {column.getMinWidth(), column.getPrefWidth()});
    }
    Runnable apply =
        () -> {
          double scale = typePercent.get() / 100.0;
          normal.forEach(
              (column, widths) -> {
                column.setMinWidth(widths[0] * scale);
                column.setPrefWidth(widths[1] * scale);
              });
        };
    typePercent.addListener((o, before, now) -> apply.run());
    apply.run();
  }

  private <T> TreeTableColumn<TimelineRow, T> column(
      String title,
      double minWidth,
      double width,
      Function<TimelineRow, ObservableValue<T>> value,
      Supplier<TreeTableCell<TimelineRow, T>> cells) {
    TreeTableColumn<TimelineRow, T> column = new TreeTableColumn<>(title);
    column.setMinWidth(minWidth);
    column.setPrefWidth(width);
    column.setSortable(false);
    column.setCellValueFactory(cell -> value.apply(cell.getValue().getValue()));
    if (cells != null) {
      column.setCellFactory(c -> cells.get());
    }
    return column;
  }

  /**
   * Keeps the children of {@code parent} in step with {@code rows}; rows are only added or cleared.
   */
  private <R extends TimelineRow> void mirror(
      ObservableList<R> rows, TreeItem<TimelineRow> parent) {
    rows.forEach(row -> parent.getChildren().add(itemFor(row)));
    rows.addListener(
        (ListChangeListener<R>)
            change -> {
              while (change.next()) {
                if (change.wasRemoved()) {
                  List<? extends R> removed = change.getRemoved();
                  removed.forEach(items::remove);
                  parent
                      .getChildren()
                      .remove(change.getFrom(), change.getFrom() + change.getRemovedSize());
                }
                if (change.wasAdded()) {
                  List<TreeItem<TimelineRow>> added =
                      change.getAddedSubList().stream().map(this::itemFor).toList();
                  parent.getChildren().addAll(change.getFrom(), added);
                  selectFirstConnectionIfNothingSelected(added);
                }
              }
            });
  }

  /** So that the transcript of the first connection streams in without a click. */
  private void selectFirstConnectionIfNothingSelected(List<TreeItem<TimelineRow>> added) {
    if (getSelectionModel().isEmpty()) {
      added.stream()
          .filter(item -> item.getValue() instanceof TimelineGroup group && !group.isDns())
          .findFirst()
          .ifPresent(item -> getSelectionModel().select(item));
    }
  }

  private TreeItem<TimelineRow> itemFor(TimelineRow row) {
    return items.computeIfAbsent(
        row,
        r -> {
          TreeItem<TimelineRow> item = new TreeItem<>(r);
          if (r instanceof TimelineGroup group) {
            item.setExpanded(true);
            mirror(group.steps(), item);
          }
          return item;
        });
  }

  /** The step's name; groups (DNS, connections) in bold. */
  private static final class StepTitleCell extends TreeTableCell<TimelineRow, String> {
    private final Tooltip tooltip = new Tooltip();

    @Override
    protected void updateItem(String title, boolean empty) {
      super.updateItem(title, empty);
      setText(empty ? null : title);
      tooltip.setText(title);
      setTooltip(empty ? null : tooltip); // a long connection label may not fit
      TimelineRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
      getStyleClass().remove("timeline-group");
      graphicProperty().unbind();
      setGraphic(null);
      if (row instanceof TimelineGroup group) {
        getStyleClass().add("timeline-group");
        // The connection carries the mark of its worst finding, as in the findings list.
        graphicProperty()
            .bind(
                Bindings.createObjectBinding(
                    () -> {
                      Severity worst = group.worstFindingProperty().get();
                      return worst == null ? null : Icons.severity(worst);
                    },
                    group.worstFindingProperty()));
      }
    }
  }

  /** Icon and word, so the status reads without colour. */
  private static final class StatusCell extends TreeTableCell<TimelineRow, StepStatus> {
    private final javafx.beans.InvalidationListener refresh = o -> show();
    private TimelineStep watched;

    @Override
    protected void updateItem(StepStatus status, boolean empty) {
      super.updateItem(status, empty);
      TimelineRow row = getTableRow() == null ? null : getTableRow().getItem();
      TimelineStep step = !empty && row instanceof TimelineStep s ? s : null;
      if (step != watched) {
        if (watched != null) {
          watched.worstFindingProperty().removeListener(refresh);
        }
        watched = step;
        if (step != null) {
          step.worstFindingProperty().addListener(refresh);
        }
      }
      show();
    }

    /** A step that finished but found something bad shows that severity, not "OK". */
    private void show() {
      StepStatus status = isEmpty() ? null : getItem();
      if (status == null) {
        setText(null);
        setGraphic(null);
        return;
      }
      Severity found = watched == null ? null : watched.worstFindingProperty().get();
      if (StepStatusDisplay.showsFinding(status, found)) {
        setText(Formats.severity(found));
        setGraphic(Icons.severity(found));
      } else {
        setText(Formats.status(status));
        setGraphic(Icons.status(status));
      }
    }
  }

  private static final class DurationCell extends TreeTableCell<TimelineRow, Duration> {
    DurationCell() {
      getStyleClass().add("duration-cell");
    }

    @Override
    protected void updateItem(Duration duration, boolean empty) {
      super.updateItem(duration, empty);
      setText(empty ? null : Formats.duration(duration));
    }
  }

  /** The one-line summary; the whole text in a tooltip when the column cuts it short. */
  private static final class SummaryCell extends TreeTableCell<TimelineRow, String> {
    private final Tooltip tooltip = new Tooltip();

    @Override
    protected void updateItem(String summary, boolean empty) {
      super.updateItem(summary, empty);
      boolean blank = empty || summary == null || summary.isEmpty();
      setText(blank ? null : summary);
      tooltip.setText(summary);
      setTooltip(blank ? null : tooltip);
    }
  }
}
