package org.mailpath.ui.batch;

import java.io.File;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The Batch view: the list of targets and the run's controls on top, the results table beside the
 * charts, the message line and exports below. It binds to {@link BatchViewModel} and asks only
 * where files are; everything else is the view model's.
 */
public final class BatchView extends BorderPane {

  private final BatchViewModel model;

  public BatchView(BatchViewModel model, TraceOpener opener) {
    this.model = model;
    getStyleClass().add("batch-view");
    setId("batch-view");
    getProperties().put("model", model); // for the screenshot program and tests
    setPadding(new Insets(8));
    setTop(new VBox(6, input(), progress()));
    setCenter(results(opener));
    setBottom(footer());
  }

  private HBox input() {
    TextArea targets = new TextArea();
    targets.setId("batch-targets");
    targets.setPromptText("One target per line: alice@example.org, example.org, [192.0.2.1]:25 …");
    targets.setPrefRowCount(4);
    targets.textProperty().bindBidirectional(model.targetsProperty());
    targets.disableProperty().bind(model.runningProperty());
    HBox.setHgrow(targets, Priority.ALWAYS);

    Button open = button("Open list…", "batch-open", this::openList);
    Button start = button("Start", "batch-start", model::start);
    start.setDefaultButton(false);
    start.disableProperty().bind(model.canStartProperty().not());
    Button stop = button("Stop", "batch-stop", model::stop);
    stop.disableProperty().bind(model.runningProperty().not());
    Button resume = button("Resume last", "batch-resume", model::resumeLatest);
    resume.setTooltip(new Tooltip("Continue the newest batch run that was stopped"));
    resume.disableProperty().bind(model.runningProperty());
    open.disableProperty().bind(model.runningProperty());
    CheckBox quick = new CheckBox("Quick");
    quick.setTooltip(new Tooltip("One STARTTLS session per host, no TLS version sweep"));
    quick.selectedProperty().bindBidirectional(model.quickProperty());
    quick.disableProperty().bind(model.runningProperty());
    VBox controls = new VBox(5, start, stop, new HBox(5, open, resume), quick);
    controls.setMinWidth(Region.USE_PREF_SIZE);
    return new HBox(8, targets, controls);
  }

  private HBox progress() {
    ProgressBar bar = new ProgressBar();
    bar.setId("batch-progress");
    bar.setPrefWidth(220);
    bar.progressProperty().bind(model.progressProperty());
    Label text = new Label();
    text.setId("batch-progress-text");
    text.textProperty().bind(model.progressTextProperty());
    HBox row = new HBox(10, bar, text);
    row.setAlignment(Pos.CENTER_LEFT);
    return row;
  }

  private SplitPane results(TraceOpener opener) {
    TextField filter = new TextField();
    filter.setId("batch-filter");
    filter.setPromptText("Filter: target, finding code, severity");
    filter.textProperty().bindBidirectional(model.filterProperty());
    HBox.setHgrow(filter, Priority.ALWAYS);
    CheckBox problems = new CheckBox("Problems only");
    problems.setId("batch-problems-only");
    problems.selectedProperty().bindBidirectional(model.problemsOnlyProperty());
    HBox filterBar = new HBox(8, filter, problems);
    filterBar.setAlignment(Pos.CENTER_LEFT);
    BatchTable table = new BatchTable(model, opener);
    VBox.setVgrow(table, Priority.ALWAYS);
    Label hint = new Label("Double-click a row to open its full trace.");
    hint.getStyleClass().add("batch-hint");
    VBox left = new VBox(6, filterBar, table, hint);

    ScrollPane charts = new ScrollPane(new BatchCharts(model.summaryProperty()));
    charts.setFitToWidth(true);
    charts.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    SplitPane split = new SplitPane(left, charts);
    split.setOrientation(Orientation.HORIZONTAL);
    split.setDividerPositions(0.58);
    VBox.setVgrow(split, Priority.ALWAYS);
    BorderPane.setMargin(split, new Insets(8, 0, 6, 0));
    return split;
  }

  private HBox footer() {
    Label problem = new Label();
    problem.setId("batch-problem");
    problem.getStyleClass().add("batch-problem");
    problem.textProperty().bind(model.status().problemProperty());
    Label notice = new Label();
    notice.setId("batch-notice");
    notice.textProperty().bind(model.status().noticeProperty());
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    MenuItem results = new MenuItem("Results as CSV…");
    results.setOnAction(e -> save("batch-results.csv", this::exportResults));
    results.disableProperty().bind(model.runIdProperty().isNull());
    MenuItem summaryCsv = new MenuItem("Summary as CSV…");
    summaryCsv.setOnAction(
        e -> save("batch-summary.csv", f -> model.exports().summaryCsv(model.report(), f)));
    MenuItem pdf = new MenuItem("Summary report as PDF…");
    pdf.setOnAction(e -> save("batch-summary.pdf", f -> model.exports().pdf(model.report(), f)));
    MenuButton export = new MenuButton("Export", null, results, summaryCsv, pdf);
    export.setId("batch-export");
    export.disableProperty().bind(model.runningProperty());
    HBox footer = new HBox(10, problem, notice, gap, export);
    footer.setAlignment(Pos.CENTER_LEFT);
    return footer;
  }

  private void exportResults(java.nio.file.Path file) {
    Long run = model.runIdProperty().get();
    if (run != null) {
      model.exports().resultsCsv(run, file);
    }
  }

  private void openList() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Open a list of targets");
    chooser
        .getExtensionFilters()
        .addAll(
            new FileChooser.ExtensionFilter("Text", "*.txt", "*.list", "*.csv"),
            new FileChooser.ExtensionFilter("All files", "*"));
    File file = chooser.showOpenDialog(getScene().getWindow());
    if (file != null) {
      model.loadFile(file.toPath());
    }
  }

  private void save(String suggested, Consumer<java.nio.file.Path> write) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Export");
    chooser.setInitialFileName(suggested);
    File file = chooser.showSaveDialog(getScene().getWindow());
    if (file != null) {
      write.accept(file.toPath());
    }
  }

  private static Button button(String text, String id, Runnable action) {
    Button b = new Button(text);
    b.setId(id);
    b.setMaxWidth(Double.MAX_VALUE);
    b.setOnAction(e -> action.run());
    return b;
  }
}
