package org.mailpath.report.section;

import java.util.ArrayList;
import java.util.List;
import org.mailpath.report.doc.Block;

/** The sections of a report, in reading order: the one list to extend. */
public final class ReportSections {

  public static final List<ReportSection> ALL =
      List.of(
          new CoverSection(),
          new VerdictSection(),
          new MxSection(),
          new ConnectionSection(),
          new TlsSection(),
          new CertificateSection(),
          new PolicySection(),
          new OutcomesSection(),
          new ExposureSection(),
          new FindingsSection(),
          new GlossarySection());

  private ReportSections() {}

  /** The blocks of every section that applies to the context's report. */
  public static List<Block> render(List<ReportSection> sections, ReportContext context) {
    List<Block> blocks = new ArrayList<>();
    for (ReportSection section : sections) {
      if (section.appliesTo(context.report())) {
        blocks.addAll(section.render(context));
      }
    }
    return blocks;
  }
}
