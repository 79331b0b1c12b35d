package org.mailpath.ui.batch;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.mailpath.batch.BatchProgress;
import org.mailpath.batch.BatchSummary;
import org.mailpath.batch.TargetList;
import org.mailpath.report.BatchReport;

/**
 * The Batch view. Properties: the pasted targets, quick mode, the filter, the rows (filtered and
 * sorted), the summary, progress, a problem and a notice line. Commands: load a file, start, stop,
 * resume the last stopped run, open a row's trace, export. Runs and file work happen on the
 * background executor; state changes on the FX thread only.
 */
public final class BatchViewModel {

  private final BatchServices services;
  private final Background background;
  private final Executor fxThread;
  private final Clock clock;
  private final StatusLine status = new StatusLine();
  private final BatchExports exports;
  private final StringProperty targets = new SimpleStringProperty(this, "targets", "");
  private final BooleanProperty quick = new SimpleBooleanProperty(this, "quick", true);
  private final StringProperty filterText = new SimpleStringProperty(this, "filter", "");
  private final BooleanProperty problemsOnly = new SimpleBooleanProperty(this, "problemsOnly");
  private final ObservableList<BatchRow> rows = FXCollections.observableArrayList();
  private final FilteredList<BatchRow> filtered = new FilteredList<>(rows);
  private final SortedList<BatchRow> sorted = new SortedList<>(filtered);
  private final ReadOnlyObjectWrapper<BatchSummary> summary =
      new ReadOnlyObjectWrapper<>(this, "summary", new BatchSummary.Builder().build());
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
  private final ReadOnlyStringWrapper progressText =
      new ReadOnlyStringWrapper(this, "progressText", "No batch run yet.");
  private final ReadOnlyObjectWrapper<Long> runId = new ReadOnlyObjectWrapper<>(this, "runId");
  private final BooleanBinding canStart;
  private BatchSummary.Builder counting = new BatchSummary.Builder();
  private String source = "";
  private BatchJob job;

  public BatchViewModel(BatchServices services, Executor background, Executor fxThread) {
    this(services, background, fxThread, Clock.systemUTC());
  }

  public BatchViewModel(
      BatchServices services, Executor background, Executor fxThread, Clock clock) {
    this.services = services;
    this.background = new Background(background, fxThread);
    this.fxThread = fxThread;
    this.exports = new BatchExports(services.archive(), this.background, status);
    this.clock = clock;
    this.canStart = running.not().and(Bindings.createBooleanBinding(this::hasText, targets));
    filtered
        .predicateProperty()
        .bind(
            Bindings.createObjectBinding(
                () -> row -> matches(row, filterText.get(), problemsOnly.get()),
                filterText,
                problemsOnly));
  }

  private boolean hasText() {
    return targets.get() != null && !targets.get().isBlank();
  }

  static boolean matches(BatchRow row, String text, boolean problemsOnly) {
    if (problemsOnly && !row.hasProblem()) {
      return false;
    }
    return text == null || text.isBlank() || row.mentions(text.strip());
  }

  /** Reads a list of targets (one per line) from a file into the text, on the background. */
  public void loadFile(Path file) {
    background.run(
        () -> TargetList.read(file, null),
        (list, error) -> {
          if (error != null) {
            status.problem("Could not read " + file.getFileName() + ": " + messageOf(error));
            return;
          }
          source = file.toString();
          targets.set(String.join("\n", list));
          status.notice("Read " + count(list.size()) + " from " + file.getFileName() + ".");
        });
  }

  /** Starts a new batch run of the targets in the text. */
  public void start() {
    if (!canStart.get()) {
      return;
    }
    List<String> list;
    try {
      list = TargetList.parse(targets.get(), null);
    } catch (IllegalArgumentException e) {
      status.problem("The list cannot be read: " + e.getMessage());
      return;
    }
    String from = source.isEmpty() ? "pasted in the window" : source;
    begin(list.size(), "Starting " + count(list.size()) + "…");
    BatchJob started = job;
    boolean fast = quick.get();
    background.run(
        () -> started.start(from, list, fast, id -> fxThread.execute(() -> runId.set(id))),
        (id, error) -> ended(started, error));
  }

  /** Continues the newest run that did not finish, here or on the command line. */
  public void resumeLatest() {
    if (running.get()) {
      return;
    }
    begin(0, "Looking for a stopped run…");
    BatchJob started = job;
    background.run(
        () -> {
          var run = services.archive().latestUnfinished();
          if (run.isPresent()) {
            fxThread.execute(() -> runId.set(run.get().id()));
            started.resume(run.get());
          }
          return run.isPresent();
        },
        (found, error) -> {
          if (error == null && !found) {
            status.notice("There is no stopped batch run to resume.");
          }
          ended(started, error);
        });
  }

  private void begin(int total, String message) {
    rows.clear();
    counting = new BatchSummary.Builder();
    summary.set(counting.build());
    status.clear();
    runId.set(null);
    progress.set(total == 0 ? -1 : 0);
    progressText.set(message);
    running.set(true);
    job = new BatchJob(services, clock, new FxInbox(fxThread, this::arrived));
  }

  private void arrived(List<BatchRow> batch, BatchProgress now) {
    for (BatchRow row : batch) {
      if (row.failedToRun()) {
        counting.addFailure();
      } else {
        counting.add(row.facts());
      }
    }
    rows.addAll(batch);
    if (!batch.isEmpty()) {
      summary.set(counting.build());
    }
    if (now != null) {
      progress.set(now.total() == 0 ? 1 : (double) now.done() / now.total());
      progressText.set(describe(now));
    }
  }

  static String describe(BatchProgress p) {
    return String.format(
        Locale.ROOT,
        "%d of %d done · %.1f per second · %d could not run · %d with an error",
        p.done(),
        p.total(),
        p.rate(),
        p.failures(),
        p.errors());
  }

  private void ended(BatchJob finished, Throwable error) {
    if (finished != job) {
      return;
    }
    running.set(false);
    if (progress.get() < 0) {
      progress.set(0);
    }
    Long id = runId.get();
    if (error != null) {
      status.problem("The batch stopped: " + messageOf(error));
    } else if (finished.stopped()) {
      status.notice(
          "Stopped; what is done is kept. Resume here, or: mailpath batch --resume " + id);
    } else if (id != null) {
      progress.set(1);
      status.notice("Batch run " + id + " finished: " + count(rows.size()) + ".");
    }
  }

  /** Stops the running batch; what is done stays stored. */
  public void stop() {
    if (job != null && running.get()) {
      progressText.set("Stopping…");
      job.stop();
    }
  }

  /** The summary on screen as a report's headlines and charts. */
  public BatchReport report() {
    Long id = runId.get();
    String title = id == null ? "Batch" : "Batch run " + id;
    String from = source.isEmpty() ? "Targets pasted in the window" : "Targets from " + source;
    return SummaryCharts.of(title, from, summary.get());
  }

  /** Writes the run on screen and its summary to files. */
  public BatchExports exports() {
    return exports;
  }

  public StatusLine status() {
    return status;
  }

  Background background() {
    return background;
  }

  private static String messageOf(Throwable error) {
    return Background.messageOf(error);
  }

  static String count(int n) {
    return n + (n == 1 ? " target" : " targets");
  }

  public StringProperty targetsProperty() {
    return targets;
  }

  public BooleanProperty quickProperty() {
    return quick;
  }

  public StringProperty filterProperty() {
    return filterText;
  }

  public BooleanProperty problemsOnlyProperty() {
    return problemsOnly;
  }

  /** The rows the filter lets through, in the table's order (bind its comparator). */
  public SortedList<BatchRow> rows() {
    return sorted;
  }

  public ReadOnlyObjectProperty<BatchSummary> summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  public BooleanBinding canStartProperty() {
    return canStart;
  }

  /** Done/total from 0 to 1; -1 while the total is not known yet. */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty progressTextProperty() {
    return progressText.getReadOnlyProperty();
  }

  /** The run on screen, or null before one was created. */
  public ReadOnlyObjectProperty<Long> runIdProperty() {
    return runId.getReadOnlyProperty();
  }
}
