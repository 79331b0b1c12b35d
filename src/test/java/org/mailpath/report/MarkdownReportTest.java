package org.mailpath.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailpath.history.SampleReports;
import org.mailpath.report.section.ReportContext;
import org.mailpath.report.section.ReportSections;
import org.mailpath.trace.TraceReport;

class MarkdownReportTest {

  private static String markdown(TraceReport report) {
    return new MarkdownReport().render(new ReportContext(report, 7L, ZoneOffset.UTC));
  }

  @Test
  void render_hostileBanner_keepsItLiteralInsideCodeFence() {
    String md = markdown(ReportSamples.hostileBanner());

    assertThat(md).contains("S: 220 <script>&</b>\\x07\n").doesNotContain("\u0007");
  }

  @Test
  void render_markupInRunningText_isEscaped() {
    assertThat(MarkdownReport.inline("<b>*x*</b> | [a](b)"))
        .isEqualTo("\\<b\\>\\*x\\*\\</b\\> \\| \\[a\\]\\(b\\)");
  }

  @Test
  void render_transcriptWithBackticks_usesLongerFence() {
    TraceReport report =
        ReportSamples.withTranscript(
            List.of(
                new org.mailpath.smtp.TranscriptLine(
                    SampleReports.STARTED,
                    org.mailpath.smtp.TranscriptLine.Direction.SERVER,
                    "220 ```` fence")));

    assertThat(markdown(report)).contains("`````\n+0 ms     S: 220 ```` fence\n`````");
  }

  @Test
  void render_fullReport_hasCoverMxTableVersionsAndFindings() {
    String md = markdown(SampleReports.full());

    assertThat(md)
        .contains("# Mail path report: good.mail.test")
        .contains("- **Started:** 2026\\-11\\-28 21:30:05 Z \\(\\+00:00\\)")
        .contains("| 10 | mx1.good.mail.test | 127.0.0.1 |")
        .contains(
            "| TLSv1.2 | accepted | TLS\\_ECDHE\\_RSA\\_WITH\\_AES\\_128\\_GCM\\_SHA256 | x25519 |"
                + " no |")
        .contains("#### Error: starttls\\-not\\-supported");
  }

  @Test
  void render_fullReport_contentsLinkToGithubAnchors() {
    assertThat(markdown(SampleReports.full()))
        .contains("- [Where mail goes \\(MX\\)](#where-mail-goes-mx)\n")
        .contains("- [Mail servers, step by step](#mail-servers-step-by-step)\n");
  }

  @Test
  void render_sectionWithoutData_isLeftOut() {
    TraceReport noConnections =
        SampleReports.minimal(
            "a@b.org", "b.org", SampleReports.STARTED, org.mailpath.finding.Severity.PASS);

    String md = markdown(noConnections);

    assertThat(md)
        .doesNotContain("TLS versions")
        .doesNotContain("Certificates")
        .contains("Glossary");
    assertThat(ReportSections.ALL).hasSizeGreaterThan(5);
  }
}
