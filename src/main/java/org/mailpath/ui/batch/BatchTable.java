package org.mailpath.ui.batch;

import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.mailpath.batch.TargetFacts;

/**
 * The results table: one row per target, every column sortable (severity and TLS versions in their
 * meaningful order). Double-click or Enter opens the target's trace.
 */
final class BatchTable extends TableView<BatchRow> {

  BatchTable(BatchViewModel model, TraceOpener opener) {
    super(model.rows());
    setId("batch-results");
    getStyleClass().add("batch-results");
    // Unsorted, the table keeps the input's order, not the order traces happened to finish in.
    model
        .rows()
        .comparatorProperty()
        .bind(
            javafx.beans.binding.Bindings.createObjectBinding(
                () ->
                    getComparator() == null
                        ? BatchRowOrder.BY_POSITION
                        : getComparator().thenComparing(BatchRowOrder.BY_POSITION),
                comparatorProperty()));
    setPlaceholder(new Label("Paste targets or open a file, then press Start."));
    setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    getColumns()
        .addAll(
            targetColumn(),
            number("MX", 44),
            text("STARTTLS", 84, TargetFacts::starttls),
            ordered("Best TLS", 72, TargetFacts::bestTls, BatchRowOrder.BY_TLS),
            text("EMS", 48, TargetFacts::ems),
            text("DANE", 52, TargetFacts::dane),
            text("MTA-STS", 70, TargetFacts::stsMode),
            text("TLS-RPT", 64, TargetFacts::tlsRpt),
            worstColumn(),
            codesColumn());
    setRowFactory(
        table -> {
          TableRow<BatchRow> row = new TableRow<>();
          row.setOnMouseClicked(
              e -> {
                if (e.getButton() == MouseButton.PRIMARY
                    && e.getClickCount() == 2
                    && !row.isEmpty()) {
                  opener.open(row.getItem());
                }
              });
          return row;
        });
    setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER) {
            opener.open(getSelectionModel().getSelectedItem());
          }
        });
  }

  private static TableColumn<BatchRow, String> targetColumn() {
    TableColumn<BatchRow, String> c = new TableColumn<>("Target");
    c.setId("batch-target");
    c.setPrefWidth(170);
    c.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().target()));
    return c;
  }

  private static TableColumn<BatchRow, Integer> number(String title, double width) {
    TableColumn<BatchRow, Integer> c = new TableColumn<>(title);
    c.setPrefWidth(width);
    c.setCellValueFactory(
        d ->
            new ReadOnlyObjectWrapper<>(
                d.getValue().failedToRun() ? null : d.getValue().facts().mxCount()));
    return c;
  }

  private static TableColumn<BatchRow, String> text(
      String title, double width, Function<TargetFacts, String> fact) {
    TableColumn<BatchRow, String> c = new TableColumn<>(title);
    c.setPrefWidth(width);
    c.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().fact(fact)));
    return c;
  }

  private static TableColumn<BatchRow, String> ordered(
      String title, double width, Function<TargetFacts, String> fact, Comparator<String> order) {
    TableColumn<BatchRow, String> c = text(title, width, fact);
    c.setComparator(order);
    return c;
  }

  private static TableColumn<BatchRow, String> worstColumn() {
    TableColumn<BatchRow, String> c = new TableColumn<>("Worst");
    c.setId("batch-worst");
    c.setPrefWidth(84);
    c.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().worst()));
    c.setComparator(BatchRowOrder.BY_SEVERITY);
    c.setCellFactory(
        col ->
            new javafx.scene.control.TableCell<>() {
              @Override
              protected void updateItem(String word, boolean empty) {
                super.updateItem(word, empty);
                getStyleClass().removeIf(s -> s.startsWith("batch-worst-"));
                setText(empty ? null : word);
                if (!empty && word != null) {
                  getStyleClass().add("batch-worst-" + word.replace(' ', '-'));
                }
              }
            });
    return c;
  }

  private static TableColumn<BatchRow, String> codesColumn() {
    TableColumn<BatchRow, String> c = new TableColumn<>("Finding codes");
    c.setPrefWidth(360);
    c.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().codes()));
    return c;
  }
}
