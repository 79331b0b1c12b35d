package org.mailpath.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mailpath.finding.Severity;
import org.mailpath.history.SessionSummary;
import org.mailpath.trace.TraceReport;

class HistoryViewModelTest {

  private static final SessionSummary SESSION =
      new SessionSummary(
          3, "alice@good.mail.test", "good.mail.test", ScriptedTrace.START, Severity.INFO, 2);

  private final FakeTraceRunner runner = new FakeTraceRunner();
  private final TraceViewModel traces =
      new TraceViewModel(runner, Runnable::run, new TargetInput(List::of));

  @Test
  void refresh_listsTheStoredSessions() {
    HistoryViewModel history = historyOver(archiveWith(SESSION));

    history.refresh();

    assertThat(history.sessions()).containsExactly(SESSION);
    assertThat(history.problemProperty().get()).isNull();
  }

  @Test
  void refresh_unreadableDatabase_saysHistoryIsNotAvailable() {
    HistoryViewModel history = historyOver(UnavailableArchive.INSTANCE);

    history.refresh();

    assertThat(history.sessions()).isEmpty();
    assertThat(history.problemProperty().get()).startsWith("History is not available");
  }

  @Test
  void open_showsTheStoredReportAndTracesNothing() {
    HistoryViewModel history = historyOver(archiveWith(SESSION));

    history.open(SESSION);

    assertThat(runner.runs()).isZero();
    assertThat(traces.reportProperty().get()).isEqualTo(new ScriptedTrace().report());
    assertThat(traces.status().sessionIdProperty().get()).isEqualTo(3L);
  }

  private HistoryViewModel historyOver(SessionArchive archive) {
    return new HistoryViewModel(archive, Runnable::run, Runnable::run, traces);
  }

  private static SessionArchive archiveWith(SessionSummary session) {
    return new SessionArchive() {
      @Override
      public List<SessionSummary> recent(int limit) {
        return List.of(session);
      }

      @Override
      public Optional<TraceReport> load(long id) {
        return id == session.id() ? Optional.of(new ScriptedTrace().report()) : Optional.empty();
      }
    };
  }
}
