package org.mailpath.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.mailpath.history.SampleReports;
import org.mailpath.report.section.ReportContext;
import org.mailpath.trace.TraceReport;

class PdfReportTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  static byte[] pdf(TraceReport report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfReport().write(new ReportContext(report, 42L, BERLIN), out);
    return out.toByteArray();
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  @Test
  void write_hostileBanner_showsMarkupAndControlCharacterAsText() throws IOException {
    String text = text(pdf(ReportSamples.hostileBanner()));

    assertThat(text).contains("220 <script>&</b>\\x07");
  }

  @Test
  void write_fullReport_coverNamesTargetTimeZoneVersionAndNetwork() throws IOException {
    String text = text(pdf(SampleReports.full()));

    assertThat(text)
        .contains("alice@good.mail.test")
        .contains("2026-11-28 22:30:05 CET (+01:00)")
        .contains("0.1.0-test")
        .contains("lab - mailpath's built-in training network");
  }

  @Test
  void write_fullReport_listsEveryFindingWithRfcAndExplanation() throws IOException {
    String text = text(pdf(SampleReports.full()));

    for (var f : SampleReports.full().findings()) {
      assertThat(text).contains(f.code()).contains(f.rfc());
    }
    assertThat(text).contains("Glossary").contains("STARTTLS").containsPattern("Findings \\.+ \\d");
  }

  @Test
  void write_longTranscript_paginatesAndKeepsEveryLine() throws IOException {
    byte[] pdf = pdf(ReportSamples.longTranscript(400));
    String text = text(pdf);

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isGreaterThan(8);
    }
    assertThat(text).contains("250-line 398 of a long EHLO reply").contains("end-of-long-line-382");
  }

  @Test
  void write_transcriptAcrossPages_repeatsTableHeaderOnEachPage() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf(ReportSamples.longTranscript(400)))) {
      int transcriptPages = 0;
      int withHeader = 0;
      for (int page = 1; page <= doc.getNumberOfPages(); page++) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        String text = stripper.getText(doc);
        if (text.contains("of a long EHLO reply")) {
          transcriptPages++;
          if (text.contains("At Line")) {
            withHeader++;
          }
        }
      }

      assertThat(transcriptPages).isGreaterThan(5);
      assertThat(withHeader).isEqualTo(transcriptPages);
    }
  }

  @Test
  void write_anyReport_embedsTheShippedFonts() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf(SampleReports.full()))) {
      PDPage page = doc.getPage(0);
      for (var name : page.getResources().getFontNames()) {
        PDFont font = page.getResources().getFont(name);
        assertThat(font.getName()).contains("DejaVu");
        assertThat(font.isEmbedded()).isTrue();
      }
    }
  }

  /** Not a test of behaviour: leaves a sample in target/ for people to look at. */
  @Test
  void write_fullReport_producesAReadablePdf() throws IOException {
    byte[] pdf = pdf(ReportSamples.longTranscript(60));
    Path file = Path.of("target", "report-sample.pdf");
    Files.createDirectories(file.getParent());
    Files.write(file, pdf);

    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
  }
}
