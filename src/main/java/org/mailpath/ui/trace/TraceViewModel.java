package org.mailpath.ui.trace;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mailpath.address.Target;
import org.mailpath.app.TraceService.Outcome;
import org.mailpath.context.StepStatus;
import org.mailpath.finding.Finding;
import org.mailpath.lab.Lab;
import org.mailpath.lab.LabScenario;
import org.mailpath.lab.attacker.OnPathDialer;
import org.mailpath.lab.scenario.AttackMode;
import org.mailpath.trace.TraceEvent;
import org.mailpath.trace.TraceReport;
import org.mailpath.ui.timeline.TimelineModel;

/**
 * The window's main model. Commands: {@link #trace()}, {@link #cancel()}, {@link #show}, {@link
 * #useExample}. Properties: the input, the timeline, the findings and the status. Changed only on
 * the FX thread; events from the trace's workers arrive through an {@link EventBatcher}.
 */
public final class TraceViewModel {

  private final TraceRunner runner;
  private final Executor fxThread;
  private final TargetInput input;
  private final TimelineModel timeline = new TimelineModel();
  private final ObservableList<Finding> findings = FXCollections.observableArrayList();
  // Kept in a field: an unmodifiable view only weakly listens to the list behind it.
  private final ObservableList<Finding> findingsView =
      FXCollections.unmodifiableObservableList(findings);
  private final TraceStatus status = new TraceStatus();
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
  private final ObjectProperty<AttackMode> attacker = new SimpleObjectProperty<>(this, "attacker");
  private final ReadOnlyObjectWrapper<TraceReport> report =
      new ReadOnlyObjectWrapper<>(this, "report");
  private final BooleanBinding canTrace;
  private Runnable onSessionStored = () -> {};
  private CompletableFuture<Outcome> current;
  // Events of a run that was cancelled or replaced must not touch what is shown now.
  private int generation;

  public TraceViewModel(TraceRunner runner, Executor fxThread, TargetInput input) {
    this.runner = runner;
    this.fxThread = fxThread;
    this.input = input;
    this.canTrace = input.validProperty().and(running.not());
  }

  /**
   * Starts tracing the target in the field; does nothing while the field is invalid or a trace
   * runs.
   */
  public void trace() {
    Target target = input.targetProperty().get();
    if (target == null || running.get()) {
      return;
    }
    int run = ++generation;
    clear();
    running.set(true);
    status.started(target.input());
    EventBatcher batcher = new EventBatcher(fxThread, batch -> accept(run, batch));
    AttackMode attack = attacker.get();
    current =
        attack == null || !Lab.covers(target.asciiName())
            ? runner.trace(target, batcher)
            : runner.trace(target, batcher, o -> o.toBuilder().labAttacker(attack.flag()).build());
    current.whenComplete(
        (outcome, error) ->
            fxThread.execute(
                () -> {
                  batcher.drain();
                  finish(run, outcome, error);
                }));
  }

  /** Cancels the running trace: the engine closes its sockets; what was seen so far stays. */
  public void cancel() {
    if (current != null && running.get()) {
      current.cancel(true);
    }
  }

  /**
   * Shows a stored session as it was recorded, with its address back in the field and the lab
   * attacker toggle as it was, so that Trace repeats it. Ignored while a trace runs.
   */
  public void show(TraceReport stored, long sessionId) {
    if (running.get()) {
      return;
    }
    generation++;
    clear();
    input.textProperty().set(stored.target());
    attacker.set(OnPathDialer.namedIn(stored.route()).orElse(null));
    present(stored);
    status.showingStored(stored, sessionId);
  }

  /** Puts a lab example's address in the field: see {@link #useAddress}. */
  public void useExample(LabScenario scenario) {
    useAddress(TargetInput.exampleAddress(scenario));
  }

  /**
   * Puts an address chosen for the user (an example, a lesson's trace) in the field and clears what
   * a trace of another address showed: its results must not stand under the new address. The trace
   * is the user's to start. Ignored while a trace runs.
   */
  public void useAddress(String address) {
    if (running.get()) {
      return;
    }
    TraceReport shown = report.get();
    input.textProperty().set(address);
    if (shown != null && shown.target().equalsIgnoreCase(address)) {
      return; // what is shown is this address's trace
    }
    generation++;
    clear();
    status.ready(address);
  }

  private void clear() {
    timeline.clear();
    findings.clear();
    report.set(null);
  }

  private void accept(int run, List<TraceEvent> batch) {
    if (run != generation || !running.get()) { // a cancelled run may still be talking
      return;
    }
    timeline.apply(batch);
    for (TraceEvent event : batch) {
      if (event instanceof TraceEvent.FindingRaised raised) {
        findings.add(raised.finding());
      }
    }
    timeline.attribute(findings);
    status.progress(timeline.finishedSteps(), TimelineModel.worstOf(findings));
  }

  private void finish(int run, Outcome outcome, Throwable error) {
    if (run != generation) {
      return;
    }
    running.set(false);
    current = null;
    if (error == null) {
      present(outcome.report());
      status.finished(outcome.report(), outcome.historyId());
      if (outcome.notStored() != null) {
        status.notStored(outcome.notStored());
      }
      if (outcome.historyId() != null) {
        onSessionStored.run();
      }
    } else if (isCancellation(error)) {
      timeline.markUnfinishedAs(StepStatus.CANCELLED);
      status.cancelled(TimelineModel.worstOf(findings));
    } else {
      timeline.markUnfinishedAs(StepStatus.FAILED);
      status.failed(causeOf(error));
    }
  }

  private void present(TraceReport finished) {
    timeline.show(finished);
    timeline.attribute(finished.findings());
    findings.setAll(finished.findings());
    report.set(finished);
  }

  private static boolean isCancellation(Throwable error) {
    return error instanceof CancellationException
        || causeOf(error) instanceof CancellationException;
  }

  private static Throwable causeOf(Throwable error) {
    return error instanceof CompletionException && error.getCause() != null
        ? error.getCause()
        : error;
  }

  /** Called after a finished trace was stored in history (so the history list can refresh). */
  public void setOnSessionStored(Runnable action) {
    this.onSessionStored = action;
  }

  public TargetInput input() {
    return input;
  }

  public TimelineModel timeline() {
    return timeline;
  }

  public ObservableList<Finding> findings() {
    return findingsView;
  }

  public TraceStatus status() {
    return status;
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  /**
   * The lab's on-path attacker the next trace of a lab address goes through, or null for none
   * (lessons and demonstrations: the same domain with and without it).
   */
  public ObjectProperty<AttackMode> attackerProperty() {
    return attacker;
  }

  /** The report shown: null while a trace runs. */
  public ReadOnlyObjectProperty<TraceReport> reportProperty() {
    return report.getReadOnlyProperty();
  }

  public BooleanBinding canTraceProperty() {
    return canTrace;
  }
}
