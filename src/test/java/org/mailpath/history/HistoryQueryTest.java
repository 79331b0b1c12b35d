package org.mailpath.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailpath.finding.Severity;
import org.mailpath.trace.TraceReport;

/** The filtered listing a history browser builds on. */
class HistoryQueryTest {

  private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

  @TempDir Path dir;
  private HistoryStore store;
  private long xPass;
  private long xError;
  private long yWarning;
  private long yInfoLater;

  @BeforeEach
  void fill() {
    store = HistoryStore.open(dir.resolve("history.db"));
    xPass = store.save(SampleReports.minimal("a@x.org", "x.org", T0, Severity.PASS));
    xError =
        store.save(SampleReports.minimal("b@x.org", "x.org", T0.plusSeconds(10), Severity.ERROR));
    yWarning =
        store.save(SampleReports.minimal("y.org", "y.org", T0.plusSeconds(20), Severity.WARNING));
    yInfoLater =
        store.save(SampleReports.minimal("y.org", "y.org", T0.plusSeconds(30), Severity.INFO));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void list_byDomain_onlyThatDomain() {
    assertThat(store.list(HistoryQuery.newest(10).forDomain("x.org")))
        .extracting(SessionSummary::id)
        .containsExactly(xError, xPass);
  }

  @Test
  void list_byDomainInUpperCase_matchesIgnoringCase() {
    assertThat(store.list(HistoryQuery.newest(10).forDomain("X.ORG"))).hasSize(2);
  }

  @Test
  void list_byDateRange_fromInclusiveBeforeExclusive() {
    HistoryQuery q = HistoryQuery.newest(10).startedBetween(T0.plusSeconds(10), T0.plusSeconds(30));

    assertThat(store.list(q)).extracting(SessionSummary::id).containsExactly(yWarning, xError);
  }

  @Test
  void list_byWorstSeverity_atLeastThatSevere() {
    HistoryQuery q = HistoryQuery.newest(10).worstAtLeast(Severity.WARNING);

    assertThat(store.list(q)).extracting(SessionSummary::id).containsExactly(yWarning, xError);
  }

  @Test
  void list_criteriaCombined_allMustHold() {
    HistoryQuery q =
        HistoryQuery.newest(10)
            .forDomain("y.org")
            .worstAtLeast(Severity.INFO)
            .startedBetween(null, T0.plusSeconds(25));

    assertThat(store.list(q)).extracting(SessionSummary::id).containsExactly(yWarning);
  }

  @Test
  void list_withoutCancelled_leavesOutCancelledSessions() {
    TraceReport done = SampleReports.minimal("z.org", "z.org", T0.plusSeconds(40), Severity.PASS);
    long cancelled = store.save(cancelled(done));

    assertThat(store.list(HistoryQuery.newest(10).withoutCancelled()))
        .extracting(SessionSummary::id)
        .doesNotContain(cancelled)
        .hasSize(4);
  }

  @Test
  void newQuery_limitZero_isRejected() {
    assertThatThrownBy(() -> HistoryQuery.newest(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void newQuery_limitAboveMaximum_isRejected() {
    assertThatThrownBy(() -> HistoryQuery.newest(HistoryQuery.MAX_LIMIT + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static TraceReport cancelled(TraceReport r) {
    return new TraceReport(
        r.target(),
        r.domain(),
        r.network(),
        r.toolVersion(),
        r.started(),
        Duration.ZERO,
        r.resolution(),
        r.steps(),
        r.connections(),
        r.findings(),
        true);
  }
}
