package org.mailpath.ui.batch;

import java.util.Optional;
import org.mailpath.trace.TraceReport;
import org.mailpath.ui.history.SessionArchive;
import org.mailpath.ui.trace.TraceViewModel;

/**
 * Opens a batch target's full trace in the main view: its stored session is loaded (never traced
 * again) and shown as history shows a session; then the window brings the mail path to the front.
 */
public final class TraceOpener {

  private final BatchArchive batches;
  private final SessionArchive sessions;
  private final TraceViewModel traces;
  private final Background background;
  private final StatusLine status;
  private Runnable onShown = () -> {};

  public TraceOpener(
      BatchViewModel batch,
      BatchServices services,
      SessionArchive sessions,
      TraceViewModel traces) {
    this.batches = services.archive();
    this.sessions = sessions;
    this.traces = traces;
    this.background = batch.background();
    this.status = batch.status();
  }

  /** What the window does once a trace is shown (select the mail path tab). */
  public void setOnShown(Runnable action) {
    onShown = action;
  }

  public void open(BatchRow row) {
    if (row == null) {
      return;
    }
    if (row.failedToRun()) {
      status.problem(row.target() + " could not be traced: " + row.failure());
      return;
    }
    if (traces.runningProperty().get()) {
      status.problem("A trace is running in the main view; open this one when it has finished.");
      return;
    }
    background.run(
        () -> {
          Optional<Long> id = batches.sessionOf(row.runId(), row.position());
          Optional<TraceReport> report = id.flatMap(sessions::load);
          return report.map(r -> new Shown(id.get(), r));
        },
        (shown, error) -> {
          if (error != null) {
            status.problem("Could not read " + row.target() + ": " + Background.messageOf(error));
          } else if (shown.isEmpty()) {
            status.problem("The session of " + row.target() + " is no longer stored.");
          } else {
            traces.show(shown.get().report(), shown.get().sessionId());
            status.notice(
                "Showing " + row.target() + " (session #" + shown.get().sessionId() + ").");
            onShown.run();
          }
        });
  }

  private record Shown(long sessionId, TraceReport report) {}
}
