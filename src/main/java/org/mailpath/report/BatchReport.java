package org.mailpath.report;

import java.util.List;

/**
 * What a batch summary report shows, in words and counts only: the report package knows nothing of
 * how a batch runs, so the window and the command line hand it this. The same charts are drawn in
 * the window and in the PDF.
 *
 * @param title the headline, e.g. "Batch run 7"
 * @param subtitle where the targets came from and when
 * @param headlines the headline numbers, in order ("Targets" → "20")
 * @param charts the distributions, in order
 */
public record BatchReport(
    String title, String subtitle, List<Headline> headlines, List<Chart> charts) {

  public BatchReport {
    headlines = List.copyOf(headlines);
    charts = List.copyOf(charts);
  }

  /** One headline number. */
  public record Headline(String label, String value) {}

  /**
   * One bar chart. Bars with a group are drawn stacked per group (the window) or listed under it
   * (the PDF); bars without one are plain categories.
   */
  public record Chart(String title, String note, List<Bar> bars) {
    public Chart {
      bars = List.copyOf(bars);
    }

    /** The largest count, at least 1, to scale bars against. */
    public int maxCount() {
      return Math.max(1, bars.stream().mapToInt(Bar::count).max().orElse(0));
    }

    public boolean grouped() {
      return bars.stream().anyMatch(b -> b.group() != null);
    }
  }

  /**
   * One bar.
   *
   * @param group the group it belongs to (a sender profile), or null
   * @param label its category (a finding code, a TLS version, a delivery word)
   * @param count targets it counts
   */
  public record Bar(String group, String label, int count) {}
}
