package org.mailpath.ui.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mailpath.app.TraceService;
import org.mailpath.history.BatchRun;
import org.mailpath.history.BatchRuns;
import org.mailpath.lab.Lab;
import org.mailpath.ui.history.HistorySessionArchive;
import org.mailpath.ui.trace.TargetInput;
import org.mailpath.ui.trace.TraceViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A user pastes twenty bulk lab targets, presses Start and waits: every target gets a row, the
 * charts fill, the run is kept in history as a finished batch run, and a row opens its trace.
 */
@ExtendWith(ApplicationExtension.class)
class BatchWindowTest {

  /** Twenty quick lab traces, eight at a time, on a small shared machine. */
  private static final long RUN_SECONDS = 180;

  static final String TWENTY =
      IntStream.rangeClosed(1, 20)
          .mapToObj(i -> String.format("alice@d%04d.bulk.test", i))
          .collect(Collectors.joining("\n"));

  @TempDir Path home;

  private final ExecutorService workers = Executors.newCachedThreadPool();
  private Path database;
  private BatchViewModel model;
  private TraceViewModel traces;
  private TabPane tabs;

  @Start
  void start(Stage stage) {
    database = home.resolve("history.db");
    Clock clock = Clock.systemUTC();
    BatchServices services =
        BatchServices.of(new TraceService(workers, clock, Lab::shared, null), database, clock);
    traces =
        new TraceViewModel(
            (target, listener) -> {
              throw new UnsupportedOperationException("only stored traces are shown here");
            },
            Platform::runLater,
            new TargetInput(Lab::scenarios));
    model = new BatchViewModel(services, workers, Platform::runLater);
    TraceOpener opener =
        new TraceOpener(model, services, new HistorySessionArchive(database), traces);
    tabs = new TabPane();
    tabs.getTabs().add(new javafx.scene.control.Tab("Mail path"));
    tabs.getTabs().add(new javafx.scene.control.Tab("Batch", new BatchView(model, opener)));
    tabs.getSelectionModel().select(1);
    opener.setOnShown(() -> tabs.getSelectionModel().select(0));
    stage.setScene(new Scene(tabs, 1280, 800));
    stage.show();
  }

  @AfterEach
  void stopWorkers() {
    workers.shutdownNow();
  }

  @Test
  void start_twentyPastedBulkTargets_fillsTableChartsAndHistory(FxRobot robot) throws Exception {
    robot.interact(
        () -> {
          ClipboardContent content = new ClipboardContent();
          content.putString(TWENTY);
          Clipboard.getSystemClipboard().setContent(content);
        });
    robot.clickOn("#batch-targets").press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
    assertThat(model.targetsProperty().get().lines()).hasSize(20);

    robot.clickOn("#batch-start");
    WaitForAsyncUtils.waitFor(RUN_SECONDS, TimeUnit.SECONDS, () -> !model.runningProperty().get());
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(model.status().problemProperty().get()).isNull();
    TableView<?> table = robot.lookup("#batch-results").queryAs(TableView.class);
    assertThat(table.getItems()).hasSize(20);
    assertThat(model.summaryProperty().get().targets()).isEqualTo(20);
    assertThat(model.progressTextProperty().get()).startsWith("20 of 20 done");
    List<XYChart<?, ?>> charts = new java.util.ArrayList<>();
    robot.lookup(".batch-chart").queryAll().forEach(n -> charts.add((XYChart<?, ?>) n));
    assertThat(charts).hasSize(SummaryCharts.charts(model.summaryProperty().get()).size());
    assertThat(charts)
        .allSatisfy(
            chart ->
                assertThat(chart.getData())
                    .as(chart.getTitle())
                    .isNotEmpty()
                    .allSatisfy(series -> assertThat(series.getData()).isNotEmpty()));
    try (BatchRuns runs = BatchRuns.open(database)) {
      BatchRun run = runs.run(model.runIdProperty().get()).orElseThrow();
      assertThat(run.done()).isEqualTo(20);
      assertThat(run.finished()).isNotNull();
    }
  }

  @Test
  void filter_findingCode_narrowsTheTableAndDoubleClickOpensTheTrace(FxRobot robot)
      throws Exception {
    robot.interact(() -> model.targetsProperty().set(TWENTY));
    robot.clickOn("#batch-start");
    WaitForAsyncUtils.waitFor(RUN_SECONDS, TimeUnit.SECONDS, () -> !model.runningProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
    String code = model.summaryProperty().get().findings().firstKey();
    int raising = model.summaryProperty().get().findings().get(code);

    robot.clickOn("#batch-filter").write(code);
    WaitForAsyncUtils.waitForFxEvents();
    TableView<BatchRow> table = robot.lookup("#batch-results").queryAs(TableView.class);
    assertThat(table.getItems()).hasSize(raising);
    assertThat(table.getItems())
        .allSatisfy(r -> assertThat(r.facts().findingCodes()).contains(code));

    BatchRow first = table.getItems().get(0);
    robot.doubleClickOn(robot.lookup(".table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> traces.reportProperty().get() != null);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(traces.reportProperty().get().target()).isEqualTo(first.target());
    assertThat(tabs.getSelectionModel().getSelectedIndex()).isZero();
  }
}
