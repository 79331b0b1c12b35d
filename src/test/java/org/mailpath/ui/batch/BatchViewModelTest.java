package org.mailpath.ui.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mailpath.batch.TargetFacts;

/** Filtering and ordering of the results table; no run, no FX thread needed. */
class BatchViewModelTest {

  private static BatchRow row(
      int position, String target, String bestTls, String worst, String... codes) {
    return new BatchRow(
        1,
        position,
        target,
        new TargetFacts(
            target,
            1,
            "yes",
            bestTls,
            "yes",
            "no",
            "absent",
            "absent",
            "n/a",
            worst,
            List.of(codes),
            Map.of()),
        null);
  }

  private static final BatchRow GOOD = row(0, "alice@d0001.bulk.test", "TLSv1.3", "pass");
  private static final BatchRow CLEAR =
      row(1, "alice@d0002.bulk.test", "none", "error", "starttls-not-supported");
  private static final BatchRow OLD =
      row(2, "alice@d0003.bulk.test", "TLSv1.0", "warning", "tls-version-obsolete");
  private static final BatchRow FAILED =
      new BatchRow(1, 3, "not an address@@", null, "not a target");
  private static final List<BatchRow> ALL = List.of(GOOD, CLEAR, OLD, FAILED);

  private static List<BatchRow> filtered(String text, boolean problemsOnly) {
    return ALL.stream().filter(r -> BatchViewModel.matches(r, text, problemsOnly)).toList();
  }

  @Test
  void matches_findingCode_keepsOnlyTargetsRaisingIt() {
    assertThat(filtered("starttls-not", false)).containsExactly(CLEAR);
  }

  @Test
  void matches_targetTextInAnyCase_keepsThatTarget() {
    assertThat(filtered("D0003", false)).containsExactly(OLD);
  }

  @Test
  void matches_problemsOnly_dropsPassingTargetsAndKeepsFailures() {
    assertThat(filtered("", true)).containsExactly(CLEAR, OLD, FAILED);
  }

  @Test
  void matches_severityWordWithProblemsOnly_combinesBoth() {
    assertThat(filtered("warning", true)).containsExactly(OLD);
  }

  @Test
  void bySeverity_descending_putsErrorsFirstAndFailuresLast() {
    List<BatchRow> sorted =
        ALL.stream()
            .sorted(Comparator.comparing(BatchRow::worst, BatchRowOrder.BY_SEVERITY.reversed()))
            .toList();

    assertThat(sorted).containsExactly(CLEAR, OLD, GOOD, FAILED);
  }

  @Test
  void byTls_ascending_ordersVersionsByAgeNotAlphabetically() {
    List<String> sorted =
        List.of("TLSv1.3", "none", "TLSv1.0", "TLSv1.2").stream()
            .sorted(BatchRowOrder.BY_TLS)
            .toList();

    assertThat(sorted).containsExactly("none", "TLSv1.0", "TLSv1.2", "TLSv1.3");
  }
}
