package org.mailpath.ui.trace;

import java.time.Duration;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.mailpath.finding.FindingCode;
import org.mailpath.finding.Severity;
import org.mailpath.trace.TraceReport;
import org.mailpath.ui.common.Formats;

/** What the status bar says: the state of the trace, its duration, worst severity and session. */
public final class TraceStatus {

  /** Where the shown trace stands. */
  public enum State {
    IDLE,
    RUNNING,
    FINISHED,
    STORED_SESSION,
    CANCELLED,
    FAILED
  }

  private final ReadOnlyObjectWrapper<State> state =
      new ReadOnlyObjectWrapper<>(this, "state", State.IDLE);
  private final ReadOnlyStringWrapper message =
      new ReadOnlyStringWrapper(this, "message", "Type an address and press Enter to trace it.");
  private final ReadOnlyObjectWrapper<Duration> duration =
      new ReadOnlyObjectWrapper<>(this, "duration");
  private final ReadOnlyObjectWrapper<Severity> worstSeverity =
      new ReadOnlyObjectWrapper<>(this, "worstSeverity");
  private final ReadOnlyObjectWrapper<Long> sessionId =
      new ReadOnlyObjectWrapper<>(this, "sessionId");
  private final ReadOnlyStringWrapper route = new ReadOnlyStringWrapper(this, "route", "");
  private final ReadOnlyBooleanWrapper port25Blocked =
      new ReadOnlyBooleanWrapper(this, "port25Blocked");
  private String target = "";

  /** Nothing shown: {@code address} waits in the field for the user to trace it. */
  void ready(String address) {
    target = address;
    state.set(State.IDLE);
    message.set("Ready to trace " + address + ": press Enter or Trace.");
    forgetShownTrace();
  }

  void started(String tracedTarget) {
    target = tracedTarget;
    state.set(State.RUNNING);
    message.set("Tracing " + target + " …");
    forgetShownTrace();
  }

  private void forgetShownTrace() {
    duration.set(null);
    worstSeverity.set(null);
    sessionId.set(null);
    route.set("");
    port25Blocked.set(false);
  }

  void progress(long finishedSteps, Severity worstSoFar) {
    message.set(
        "Tracing "
            + target
            + " … "
            + finishedSteps
            + (finishedSteps == 1 ? " step" : " steps")
            + " done");
    worstSeverity.set(worstSoFar);
  }

  void finished(TraceReport report, Long storedAs) {
    state.set(State.FINISHED);
    message.set(
        (report.cancelled() ? "Stopped before the end: " : "Traced ")
            + report.target()
            + " ("
            + report.network()
            + ")");
    duration.set(report.duration());
    worstSeverity.set(report.worstSeverity());
    sessionId.set(storedAs);
    shownRoute(report);
  }

  /** The trace is shown but history could not take it: the bar says so rather than lose it. */
  void notStored(String reason) {
    message.set(message.get() + " — not stored in history: " + reason);
  }

  void showingStored(TraceReport report, long id) {
    state.set(State.STORED_SESSION);
    message.set(
        "Stored session: " + report.target() + ", traced " + Formats.dateTime(report.started()));
    duration.set(report.duration());
    worstSeverity.set(report.worstSeverity());
    sessionId.set(id);
    shownRoute(report);
  }

  private void shownRoute(TraceReport report) {
    route.set(RouteWords.of(report.route()));
    port25Blocked.set(
        report.findings().stream()
            .anyMatch(f -> FindingCode.PORT25_BLOCKED.code().equals(f.code())));
  }

  void cancelled(Severity worstSoFar) {
    state.set(State.CANCELLED);
    message.set("Cancelled: " + target);
    worstSeverity.set(worstSoFar);
  }

  void failed(Throwable error) {
    state.set(State.FAILED);
    String reason =
        error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    message.set("The trace could not run: " + reason);
  }

  public ReadOnlyObjectProperty<State> stateProperty() {
    return state.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** The whole trace's duration, once it is known. */
  public ReadOnlyObjectProperty<Duration> durationProperty() {
    return duration.getReadOnlyProperty();
  }

  /** The worst severity among the findings so far; null when there are none. */
  public ReadOnlyObjectProperty<Severity> worstSeverityProperty() {
    return worstSeverity.getReadOnlyProperty();
  }

  /**
   * How the shown trace's connections left this machine, in words ({@link RouteWords}): "direct",
   * "through SOCKS5 proxy HOST:PORT", "through the lab's on-path attacker, which …"; empty while
   * none is shown.
   */
  public ReadOnlyStringProperty routeProperty() {
    return route.getReadOnlyProperty();
  }

  /** The shown trace found port 25 blocked on the way out: a proxy is the way around it. */
  public ReadOnlyBooleanProperty port25BlockedProperty() {
    return port25Blocked.getReadOnlyProperty();
  }

  /** The history id the shown trace is stored as, or null. */
  public ReadOnlyObjectProperty<Long> sessionIdProperty() {
    return sessionId.getReadOnlyProperty();
  }
}
