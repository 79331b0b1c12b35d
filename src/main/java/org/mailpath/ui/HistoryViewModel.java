package org.mailpath.ui;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mailpath.history.SessionSummary;
import org.mailpath.trace.TraceReport;

/**
 * The list of past sessions. Reading the database happens on the background executor; the list and
 * the problem text change on the FX thread. Opening a session shows its stored report.
 */
public final class HistoryViewModel {

  /** How many sessions the list shows. */
  static final int SHOWN_SESSIONS = 200;

  private final SessionArchive archive;
  private final Executor background;
  private final Executor fxThread;
  private final TraceViewModel traces;
  private final ObservableList<SessionSummary> sessions = FXCollections.observableArrayList();
  // Kept in a field: an unmodifiable view only weakly listens to the list behind it.
  private final ObservableList<SessionSummary> sessionsView =
      FXCollections.unmodifiableObservableList(sessions);
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");

  public HistoryViewModel(
      SessionArchive archive, Executor background, Executor fxThread, TraceViewModel traces) {
    this.archive = archive;
    this.background = background;
    this.fxThread = fxThread;
    this.traces = traces;
  }

  /** Re-reads the list of sessions. */
  public void refresh() {
    CompletableFuture.supplyAsync(() -> archive.recent(SHOWN_SESSIONS), background)
        .whenComplete((list, error) -> fxThread.execute(() -> listed(list, error)));
  }

  private void listed(List<SessionSummary> list, Throwable error) {
    if (error != null) {
      problem.set("History is not available: " + messageOf(error));
      return;
    }
    problem.set(null);
    sessions.setAll(list);
  }

  /** Shows the stored report of a session in the window; nothing is traced again. */
  public void open(SessionSummary session) {
    if (session == null || traces.runningProperty().get()) {
      return;
    }
    CompletableFuture.supplyAsync(() -> archive.load(session.id()), background)
        .whenComplete((report, error) -> fxThread.execute(() -> loaded(session, report, error)));
  }

  private void loaded(SessionSummary session, Optional<TraceReport> report, Throwable error) {
    if (error != null) {
      problem.set("Session #" + session.id() + " could not be read: " + messageOf(error));
    } else if (report.isEmpty()) {
      problem.set("Session #" + session.id() + " is no longer stored.");
    } else {
      problem.set(null);
      traces.show(report.get(), session.id());
    }
  }

  private static String messageOf(Throwable error) {
    Throwable cause = error.getCause() != null ? error.getCause() : error;
    return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
  }

  public ObservableList<SessionSummary> sessions() {
    return sessionsView;
  }

  /** Why the list could not be read, or null. */
  public ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }
}
