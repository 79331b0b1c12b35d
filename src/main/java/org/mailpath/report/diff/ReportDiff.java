package org.mailpath.report.diff;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.mailpath.trace.TraceReport;

/**
 * What changed between two stored sessions: the model the CLI prints and the window will show.
 *
 * @param before the older session as compared
 * @param after the newer session
 * @param aspects the names of the aspects compared, in order (also those without changes)
 * @param changes every difference, grouped by aspect in the order of {@code aspects}
 */
public record ReportDiff(Side before, Side after, List<String> aspects, List<Change> changes) {

  public ReportDiff {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    aspects = List.copyOf(aspects);
    changes = List.copyOf(changes);
  }

  /** Sessions of different domains can be compared, but the reader should be told. */
  public boolean sameDomain() {
    return before.domain().equalsIgnoreCase(after.domain());
  }

  public boolean isEmpty() {
    return changes.isEmpty();
  }

  public List<Change> changesOf(String aspect) {
    return changes.stream().filter(c -> c.aspect().equals(aspect)).toList();
  }

  /** One of the two sessions, as far as the comparison names it. */
  public record Side(
      Long sessionId, String target, String domain, String network, Instant started) {

    public static Side of(Long sessionId, TraceReport report) {
      return new Side(
          sessionId, report.target(), report.domain(), report.network(), report.started());
    }
  }
}
