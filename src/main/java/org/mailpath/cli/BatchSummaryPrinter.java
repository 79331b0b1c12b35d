package org.mailpath.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.mailpath.batch.BatchSummary;
import org.mailpath.text.RemoteText;

/** A batch summary as a person reads it in a terminal. */
final class BatchSummaryPrinter {

  /** The delivery words, in the order the sender table shows them. */
  static final List<String> DELIVERIES =
      List.of("deliver-clear", "deliver-tls", "deliver-authenticated-tls", "defer", "bounce");

  private final PrintWriter out;

  BatchSummaryPrinter(PrintWriter out) {
    this.out = out;
  }

  void print(BatchSummary s) {
    out.printf(
        "%nSummary of %d target%s (%d could not run)%n",
        s.targets() + s.failedToRun(),
        s.targets() + s.failedToRun() == 1 ? "" : "s",
        s.failedToRun());
    section("Worst severity", s.worstSeverity(), s.targets());
    section("Highest TLS version", s.bestTls(), s.targets());
    section("Extended Master Secret (TLS 1.2 and older)", s.ems(), s.targets());
    section("Adoption", s.adoption(), s.targets());
    section("Findings (targets raising each)", s.findings(), s.targets());
    out.printf("%nWhat each sender would do (targets)%n");
    out.printf("  %-15s", "sender");
    DELIVERIES.forEach(d -> out.printf("  %s", d));
    out.println();
    s.outcomes()
        .forEach(
            (profile, counts) -> {
              out.printf("  %-15s", RemoteText.visible(profile));
              DELIVERIES.forEach(
                  d -> out.printf("  %" + d.length() + "d", counts.getOrDefault(d, 0)));
              out.println();
            });
    out.flush();
  }

  private void section(String title, Map<String, Integer> counts, int of) {
    out.printf("%n%s%n", title);
    if (counts.isEmpty()) {
      out.println("  (none)");
    }
    counts.forEach(
        (key, n) ->
            out.printf(
                "  %-45s %6d  %5.1f%%%n",
                RemoteText.visible(key), n, of == 0 ? 0.0 : 100.0 * n / of));
  }
}
