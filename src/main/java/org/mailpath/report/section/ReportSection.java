package org.mailpath.report.section;

import java.util.List;
import org.mailpath.report.doc.Block;
import org.mailpath.trace.TraceReport;

/**
 * One part of the report. A new part (DNSSEC, MTA-STS, exposure matrix) is a new implementation
 * added to {@link ReportSections#ALL}; the renderers need no change.
 */
public interface ReportSection {

  /** Whether the report holds the data this section shows; a section without data is left out. */
  boolean appliesTo(TraceReport report);

  /** The section's blocks, heading included. */
  List<Block> render(ReportContext context);
}
