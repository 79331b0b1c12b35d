package org.mailpath.report.diff;

import java.util.List;
import org.mailpath.trace.TraceReport;

/**
 * One kind of fact two sessions are compared on. A new kind (TLSA records, MTA-STS policy id and
 * mode) is a new implementation added to {@link ReportDiffer#ASPECTS}; nothing else changes.
 */
public interface DiffAspect {

  /** The heading the changes are grouped under, e.g. "TLS versions". */
  String name();

  /** The differences from {@code before} to {@code after}; empty when they agree. */
  List<Change> compare(TraceReport before, TraceReport after);

  /**
   * Whether the two sessions have anything to compare on this aspect. An empty comparison of facts
   * that neither session has in common says nothing: it is "not compared", never "unchanged".
   */
  default boolean comparable(TraceReport before, TraceReport after) {
    return true;
  }
}
