package org.mailpath.ui.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mailpath.batch.BatchSummary;
import org.mailpath.report.BatchReport;
import org.mailpath.report.BatchReport.Bar;
import org.mailpath.report.BatchReport.Chart;
import org.mailpath.report.BatchReport.Headline;

/**
 * A batch summary as headline numbers and charts, the one shape the window's bar charts and the PDF
 * and CSV exports all draw from.
 */
public final class SummaryCharts {

  public static final String FINDINGS = "Findings";
  public static final String BEST_TLS = "Highest TLS version";
  public static final String ADOPTION = "Adoption";
  public static final String OUTCOMES = "What senders would do";

  private SummaryCharts() {}

  public static BatchReport of(String title, String subtitle, BatchSummary summary) {
    return new BatchReport(title, subtitle, headlines(summary), charts(summary));
  }

  static List<Headline> headlines(BatchSummary s) {
    int errors = s.worstSeverity().getOrDefault("error", 0);
    int warnings = s.worstSeverity().getOrDefault("warning", 0);
    return List.of(
        new Headline("Targets", Integer.toString(s.targets() + s.failedToRun())),
        new Headline("Traced", Integer.toString(s.targets())),
        new Headline("Could not run", Integer.toString(s.failedToRun())),
        new Headline("With an error", Integer.toString(errors)),
        new Headline("Worst is a warning", Integer.toString(warnings)));
  }

  public static List<Chart> charts(BatchSummary s) {
    List<Bar> outcomes = new ArrayList<>();
    s.outcomes()
        .forEach(
            (profile, words) ->
                words.forEach((word, count) -> outcomes.add(new Bar(profile, word, count))));
    return List.of(
        new Chart(FINDINGS, "Targets raising each finding code.", bars(s.findings())),
        new Chart(BEST_TLS, "Targets per highest version any of their hosts accepted.", tls(s)),
        new Chart(
            ADOPTION,
            "Targets whose domain publishes or supports each policy.",
            bars(s.adoption())),
        new Chart(
            OUTCOMES,
            "Per kind of sender, targets per what it would do with a message.",
            outcomes));
  }

  private static List<Bar> tls(BatchSummary s) {
    List<Bar> bars = new ArrayList<>();
    s.bestTls().entrySet().stream()
        .sorted(Map.Entry.comparingByKey(BatchRowOrder.BY_TLS))
        .forEach(e -> bars.add(new Bar(null, e.getKey(), e.getValue())));
    return bars;
  }

  private static List<Bar> bars(Map<String, Integer> counts) {
    List<Bar> bars = new ArrayList<>();
    counts.forEach((label, count) -> bars.add(new Bar(null, label, count)));
    return bars;
  }
}
