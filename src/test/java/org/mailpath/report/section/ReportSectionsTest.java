package org.mailpath.report.section;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailpath.finding.Severity;
import org.mailpath.history.SampleReports;
import org.mailpath.report.doc.Block;
import org.mailpath.trace.TraceReport;

class ReportSectionsTest {

  private static List<String> headings(TraceReport report) {
    return ReportSections.render(
            ReportSections.ALL, new ReportContext(report, null, ZoneOffset.UTC))
        .stream()
        .filter(b -> b instanceof Block.Heading h && h.level() == 1)
        .map(b -> ((Block.Heading) b).text())
        .toList();
  }

  @Test
  void render_fullReport_everySectionInReadingOrder() {
    assertThat(headings(SampleReports.full()))
        .containsExactly(
            "Verdict",
            "Where mail goes (MX)",
            "Mail servers, step by step",
            "TLS versions",
            "Certificates",
            "Findings",
            "Glossary");
  }

  @Test
  void render_noConnectionsNoFindings_skipsTheirSections() {
    TraceReport bare =
        SampleReports.minimal("a@b.org", "b.org", SampleReports.STARTED, Severity.PASS);

    assertThat(headings(bare)).containsExactly("Verdict", "Where mail goes (MX)", "Glossary");
  }

  @Test
  void render_addedSection_appearsWithoutRendererChange() {
    ReportSection extra =
        new ReportSection() {
          @Override
          public boolean appliesTo(TraceReport report) {
            return true;
          }

          @Override
          public List<Block> render(ReportContext context) {
            return List.of(new Block.Heading(1, "MTA-STS"));
          }
        };

    List<Block> blocks =
        ReportSections.render(
            List.of(extra), new ReportContext(SampleReports.full(), null, ZoneOffset.UTC));

    assertThat(blocks).containsExactly(new Block.Heading(1, "MTA-STS"));
  }

  @Test
  void headline_eachSeverity_saysWhatHappensToMail() {
    assertThat(VerdictSection.headline("x.org", Severity.ERROR)).contains("fails or travels");
    assertThat(VerdictSection.headline("x.org", Severity.WARNING)).contains("strict senders");
    assertThat(VerdictSection.headline("x.org", Severity.PASS)).contains("no problem was found");
  }
}
