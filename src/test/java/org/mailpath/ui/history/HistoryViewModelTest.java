package org.mailpath.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailpath.finding.Severity;
import org.mailpath.history.HistoryQuery;
import org.mailpath.history.SessionSummary;
import org.mailpath.ui.trace.FakeTraceRunner;
import org.mailpath.ui.trace.ScriptedTrace;
import org.mailpath.ui.trace.TargetInput;
import org.mailpath.ui.trace.TraceViewModel;

class HistoryViewModelTest {

  private static final Instant NOW = ScriptedTrace.START.plusSeconds(3600);
  private static final SessionSummary GOOD =
      new SessionSummary(
          3, "alice@good.mail.test", "good.mail.test", ScriptedTrace.START, Severity.INFO, 2);
  private static final SessionSummary OLDER =
      new SessionSummary(
          2,
          "alice@good.mail.test",
          "good.mail.test",
          ScriptedTrace.START.minusSeconds(86_400 * 10L),
          Severity.ERROR,
          3);
  private static final SessionSummary OTHER =
      new SessionSummary(
          1, "bob@sts.mail.test", "sts.mail.test", ScriptedTrace.START, Severity.WARNING, 1);

  private final FakeTraceRunner runner = new FakeTraceRunner();
  private final TraceViewModel traces =
      new TraceViewModel(runner, Runnable::run, new TargetInput(List::of));
  private final InMemoryArchive archive =
      new InMemoryArchive()
          .with(GOOD, new ScriptedTrace().report())
          .with(OLDER, new ScriptedTrace().report())
          .with(OTHER, new ScriptedTrace().report());
  private final HistoryViewModel history =
      new HistoryViewModel(
          archive, Runnable::run, Runnable::run, traces, Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void refresh_listsTheStoredSessionsNewestFirst() {
    history.refresh();

    assertThat(history.sessions()).containsExactly(GOOD, OTHER, OLDER);
    assertThat(history.problemProperty().get()).isNull();
  }

  @Test
  void refresh_asksForABoundedListNotEveryReport() {
    history.refresh();

    assertThat(archive.queries)
        .extracting(HistoryQuery::limit)
        .containsOnly(HistoryViewModel.SHOWN_SESSIONS);
  }

  @Test
  void refresh_fewerThanTheLimit_saysNothingAboutOlderSessions() {
    history.refresh();

    assertThat(history.limitProperty().get()).isNull();
  }

  @Test
  void refresh_moreThanTheLimit_listsTheNewestAndSaysHowToReachOlderOnes() {
    InMemoryArchive many = new InMemoryArchive();
    for (int i = 1; i <= HistoryViewModel.SHOWN_SESSIONS + 1; i++) {
      many.with(
          new SessionSummary(
              i, "a@x.test", "x.test", ScriptedTrace.START.plusSeconds(i), Severity.INFO, 0),
          new ScriptedTrace().report());
    }
    HistoryViewModel big = new HistoryViewModel(many, Runnable::run, Runnable::run, traces);

    big.refresh();

    assertThat(big.sessions()).hasSize(HistoryViewModel.SHOWN_SESSIONS);
    assertThat(big.sessions().get(0).id()).isEqualTo(HistoryViewModel.SHOWN_SESSIONS + 1L);
    assertThat(big.limitProperty().get()).contains("narrow the filter");
  }

  @Test
  void refresh_unreadableDatabase_saysHistoryIsNotAvailable() {
    HistoryViewModel none =
        new HistoryViewModel(UnavailableArchive.INSTANCE, Runnable::run, Runnable::run, traces);

    none.refresh();

    assertThat(none.sessions()).isEmpty();
    assertThat(none.problemProperty().get()).startsWith("History is not available");
  }

  @Test
  void filterDomain_typedAsAnAddress_listsThatDomainOnly() {
    history.filter().domainProperty().set("someone@STS.mail.test");

    assertThat(history.sessions()).containsExactly(OTHER);
  }

  @Test
  void filterPresetWeek_leavesOutOlderSessions() {
    history.filter().use(HistoryFilter.Preset.WEEK);

    assertThat(history.filter().fromProperty().get()).isEqualTo(LocalDate.of(2026, 11, 22));
    assertThat(history.sessions()).containsExactly(GOOD, OTHER);
  }

  @Test
  void filterWorstAtLeastWarning_leavesOutMilderSessions() {
    history.filter().worstAtLeastProperty().set(Severity.WARNING);

    assertThat(history.sessions()).containsExactly(OTHER, OLDER);
  }

  @Test
  void filterDateRange_bothEndsInclusive() {
    LocalDate day = LocalDate.of(2026, 11, 28);
    history.filter().fromProperty().set(day);
    history.filter().toProperty().set(day);

    assertThat(history.sessions()).containsExactly(GOOD, OTHER);
  }

  @Test
  void open_showsTheStoredReportAndTracesNothing() {
    history.open(GOOD);

    assertThat(runner.runs()).isZero();
    assertThat(traces.reportProperty().get()).isEqualTo(new ScriptedTrace().report());
    assertThat(traces.status().sessionIdProperty().get()).isEqualTo(3L);
  }

  @Test
  void rerun_tracesTheSameTargetAgain() {
    history.rerun(GOOD);

    assertThat(runner.runs()).isEqualTo(1);
    assertThat(traces.input().textProperty().get()).isEqualTo("alice@good.mail.test");
  }

  @Test
  void delete_forgetsTheSessionAndRelists() {
    history.refresh();

    history.delete(OLDER);

    assertThat(history.sessions()).containsExactly(GOOD, OTHER);
    assertThat(history.noticeProperty().get()).contains("#2");
  }

  @Test
  void compare_putsTheOlderSessionFirst() {
    history.compare(GOOD, OLDER);

    assertThat(history.comparisonProperty().get().before().sessionId()).isEqualTo(2L);
    assertThat(history.comparisonProperty().get().after().sessionId()).isEqualTo(3L);
    assertThat(history.comparisonProperty().get().isEmpty()).isTrue();
  }

  @Test
  void comparesAcrossDomains_sameDomainInOtherCase_isFalse() {
    SessionSummary shouting =
        new SessionSummary(
            4, "ALICE@GOOD.MAIL.TEST", "GOOD.MAIL.TEST", ScriptedTrace.START, Severity.INFO, 2);

    assertThat(history.comparesAcrossDomains(GOOD, shouting)).isFalse();
    assertThat(history.comparesAcrossDomains(GOOD, OTHER)).isTrue();
  }

  @Test
  void canExport_nothingShown_isFalse() {
    assertThat(history.canExportProperty().get()).isFalse();
    assertThat(history.suggestedExportName()).isEqualTo("mailpath-session.pdf");
  }

  @Test
  void canExport_storedSessionShown_isTrueAndNamesDomainAndSession() {
    history.open(GOOD);

    assertThat(history.canExportProperty().get()).isTrue();
    assertThat(history.suggestedExportName()).isEqualTo("mailpath-good.mail.test-3.pdf");
  }

  @Test
  void canExport_whileTracing_isFalse() {
    history.open(GOOD);

    history.rerun(GOOD);

    assertThat(history.tracingProperty().get()).isTrue();
    assertThat(history.canExportProperty().get()).isFalse();
  }

  @Test
  void export_writesTheShownSessionInEachFormat(@TempDir Path dir) throws Exception {
    history.open(GOOD);

    history.export(ExportFormat.MARKDOWN, dir.resolve("s.md"));
    history.export(ExportFormat.JSON, dir.resolve("s.json"));

    assertThat(Files.readString(dir.resolve("s.md"))).contains("good.mail.test");
    assertThat(Files.readString(dir.resolve("s.json"))).startsWith("{");
    assertThat(history.noticeProperty().get()).contains("session #3").contains("s.json");
    assertThat(dir.toFile().list()).containsExactlyInAnyOrder("s.md", "s.json");
  }

  @Test
  void export_unwritableFolder_saysWhy(@TempDir Path dir) {
    history.open(GOOD);

    history.export(ExportFormat.JSON, dir.resolve("missing/s.json"));

    assertThat(history.problemProperty().get()).startsWith("Could not write");
  }
}
