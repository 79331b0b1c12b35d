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
 * @param notCompared the aspects the two sessions had nothing in common on (no server in both)
 */
public record ReportDiff(
    Side before, Side after, List<String> aspects, List<Change> changes, List<String> notCompared) {

  public ReportDiff {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    aspects = List.copyOf(aspects);
    changes = List.copyOf(changes);
    notCompared = notCompared == null ? List.of() : List.copyOf(notCompared);
  }

  /** The aspects compared and found equal: neither changed nor left uncompared. */
  public List<String> unchanged() {
    return aspects.stream()
        .filter(a -> changesOf(a).isEmpty() && !notCompared.contains(a))
        .toList();
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
