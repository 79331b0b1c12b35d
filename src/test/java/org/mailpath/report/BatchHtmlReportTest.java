package org.mailpath.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.mailpath.report.BatchReport.Bar;
import org.mailpath.report.BatchReport.Chart;
import org.mailpath.report.BatchReport.Headline;

class BatchHtmlReportTest {

  private static BatchReport sample() {
    return new BatchReport(
        "Batch run 7",
        "Targets from <bulk>.txt",
        List.of(new Headline("Targets", "20"), new Headline("With an error", "6")),
        List.of(
            new Chart(
                "Findings",
                "Targets raising each finding code.",
                List.of(
                    new Bar(null, "starttls-not-supported", 3),
                    new Bar(null, "tls12-without-ems", 5))),
            new Chart(
                "What senders would do",
                null,
                List.of(
                    new Bar("opportunistic", "deliver-tls", 17),
                    new Bar("opportunistic", "deliver-clear", 3)))));
  }

  @Test
  void pdf_sampleSummary_containsHeadlineNumbersChartsAndCodes() throws IOException {
    byte[] pdf = new BatchHtmlReport().pdf(sample());

    String text;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      text = new PDFTextStripper().getText(doc);
    }
    assertThat(text)
        .contains("Batch run 7")
        .contains("Targets from <bulk>.txt")
        .contains("20")
        .contains("With an error")
        .contains("starttls-not-supported")
        .contains("opportunistic")
        .contains("deliver-clear");
  }

  @Test
  void render_targetNameWithMarkup_isEscaped() {
    String html = new BatchHtmlReport().render(sample());

    assertThat(html).contains("Targets from &lt;bulk&gt;.txt").doesNotContain("<bulk>");
  }

  @Test
  void write_summaryCsv_hasOneRowPerHeadlineAndBar() throws IOException {
    StringWriter out = new StringWriter();

    BatchSummaryCsv.write(sample(), out);

    assertThat(out.toString().split("\r\n"))
        .containsExactly(
            "chart,group,category,targets",
            "Headline,,Targets,20",
            "Headline,,With an error,6",
            "Findings,,starttls-not-supported,3",
            "Findings,,tls12-without-ems,5",
            "What senders would do,opportunistic,deliver-tls,17",
            "What senders would do,opportunistic,deliver-clear,3");
  }
}
