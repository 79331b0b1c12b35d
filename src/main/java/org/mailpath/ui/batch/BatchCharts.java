package org.mailpath.ui.batch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Side;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.VBox;
import org.mailpath.batch.BatchSummary;
import org.mailpath.report.BatchReport.Bar;
import org.mailpath.report.BatchReport.Chart;

/**
 * The summary's distributions as bar charts, redrawn whenever the summary changes: findings and
 * adoption as horizontal bars (long labels), TLS versions as columns, and what each kind of sender
 * would do stacked per sender.
 */
final class BatchCharts extends VBox {

  /** Room per category, so that every finding code keeps a readable label. */
  private static final double ROW_HEIGHT = 22;

  private static final double MIN_HEIGHT = 170;

  BatchCharts(ObservableValue<BatchSummary> summary) {
    setId("batch-charts");
    getStyleClass().add("batch-charts");
    setSpacing(4);
    summary.addListener((o, before, now) -> draw(now));
    draw(summary.getValue());
  }

  private void draw(BatchSummary summary) {
    getChildren().clear();
    for (Chart chart : SummaryCharts.charts(summary)) {
      getChildren().add(chart.grouped() ? stacked(chart) : horizontal(chart));
    }
  }

  private static XYChart<Number, String> horizontal(Chart chart) {
    NumberAxis counts = countAxis();
    CategoryAxis labels = new CategoryAxis();
    BarChart<Number, String> bars = new BarChart<>(counts, labels);
    bars.setCategoryGap(6);
    bars.setBarGap(0);
    XYChart.Series<Number, String> series = new XYChart.Series<>();
    // A horizontal chart draws its first category at the bottom: add them reversed.
    List<Bar> reversed = new java.util.ArrayList<>(chart.bars());
    java.util.Collections.reverse(reversed);
    for (Bar bar : reversed) {
      series.getData().add(new XYChart.Data<>(bar.count(), bar.label()));
    }
    bars.getData().add(series);
    return styled(bars, chart, Math.max(MIN_HEIGHT, 60 + ROW_HEIGHT * chart.bars().size()));
  }

  private static XYChart<String, Number> stacked(Chart chart) {
    CategoryAxis senders = new CategoryAxis();
    NumberAxis counts = countAxis();
    StackedBarChart<String, Number> bars = new StackedBarChart<>(senders, counts);
    Map<String, XYChart.Series<String, Number>> byWord = new LinkedHashMap<>();
    for (Bar bar : chart.bars()) {
      XYChart.Series<String, Number> series =
          byWord.computeIfAbsent(
              bar.label(),
              word -> {
                XYChart.Series<String, Number> s = new XYChart.Series<>();
                s.setName(word);
                return s;
              });
      series.getData().add(new XYChart.Data<>(bar.group(), bar.count()));
    }
    bars.getData().addAll(byWord.values());
    bars.setLegendVisible(true);
    bars.setLegendSide(Side.BOTTOM);
    senders.setTickLabelRotation(-30);
    return styled(bars, chart, 300);
  }

  private static NumberAxis countAxis() {
    NumberAxis axis = new NumberAxis();
    axis.setMinorTickVisible(false);
    axis.setForceZeroInRange(true);
    axis.setTickLabelFormatter(
        new javafx.util.StringConverter<>() {
          @Override
          public String toString(Number n) {
            return n.doubleValue() == Math.rint(n.doubleValue())
                ? Integer.toString(n.intValue())
                : "";
          }

          @Override
          public Number fromString(String s) {
            return Integer.valueOf(s);
          }
        });
    return axis;
  }

  private static <X, Y> XYChart<X, Y> styled(XYChart<X, Y> xy, Chart chart, double height) {
    xy.setTitle(chart.title());
    xy.setAnimated(false);
    xy.setLegendVisible(xy instanceof StackedBarChart);
    xy.setMinHeight(height);
    xy.setPrefHeight(height);
    xy.getStyleClass().add("batch-chart");
    xy.setUserData(chart.title());
    return xy;
  }
}
