package org.mailpath.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.mailpath.report.BatchReport.Bar;
import org.mailpath.report.BatchReport.Chart;
import org.mailpath.report.BatchReport.Headline;

/**
 * A batch summary as XHTML and PDF: the headline numbers, then each distribution as a bar chart
 * drawn with plain CSS boxes (no image, no JavaFX), in the single-trace report's fonts and colours.
 * All text passes through {@link HtmlReport#text}, since target names come from the user's file.
 */
public final class BatchHtmlReport {

  static final String CSS_RESOURCE = "/report/batch.css";

  /** A bar never vanishes entirely: a count of 1 among thousands still shows a sliver. */
  private static final double MIN_BAR_PERCENT = 0.6;

  public String render(BatchReport report) {
    StringBuilder h = new StringBuilder(16 * 1024);
    h.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html lang=\"en\"><head>")
        .append("<meta charset=\"UTF-8\"/><title>")
        .append(HtmlReport.text("mailpath batch report: " + report.title()))
        .append("</title><style>\n")
        .append(css("/report/report.css"))
        .append(css(CSS_RESOURCE))
        .append("</style></head><body>");
    h.append("<div class=\"running-header\">mailpath batch report · ")
        .append(HtmlReport.text(report.title()))
        .append("</div>");
    h.append("<div class=\"cover batch-cover\"><div class=\"brand\">mailpath</div>")
        .append("<h1 class=\"title\">")
        .append(HtmlReport.text(report.title()))
        .append("</h1><div class=\"batch-subtitle\">")
        .append(HtmlReport.text(report.subtitle()))
        .append("</div></div>");
    headlines(h, report);
    for (Chart chart : report.charts()) {
      chart(h, chart);
    }
    return h.append("</body></html>").toString();
  }

  /** Writes the report as PDF with the shipped fonts embedded. */
  public void writePdf(BatchReport report, OutputStream out) {
    PdfReport.render(render(report), out);
  }

  /** The PDF as bytes (tests, small reports). */
  public byte[] pdf(BatchReport report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writePdf(report, out);
    return out.toByteArray();
  }

  private static void headlines(StringBuilder h, BatchReport report) {
    h.append("<table class=\"headlines\"><tr>");
    for (Headline headline : report.headlines()) {
      h.append("<td><div class=\"headline-value\">")
          .append(HtmlReport.text(headline.value()))
          .append("</div><div class=\"headline-label\">")
          .append(HtmlReport.text(headline.label()))
          .append("</div></td>");
    }
    h.append("</tr></table>");
  }

  private static void chart(StringBuilder h, Chart chart) {
    h.append("<div class=\"chart\"><h3>").append(HtmlReport.text(chart.title())).append("</h3>");
    if (chart.note() != null && !chart.note().isBlank()) {
      h.append("<p class=\"chart-note\">").append(HtmlReport.text(chart.note())).append("</p>");
    }
    if (chart.bars().isEmpty()) {
      h.append("<p class=\"chart-note\">Nothing to count.</p></div>");
      return;
    }
    h.append("<table class=\"bars\">");
    String group = null;
    for (Bar bar : chart.bars()) {
      if (bar.group() != null && !bar.group().equals(group)) {
        group = bar.group();
        h.append("<tr><td colspan=\"3\" class=\"bar-group\">")
            .append(HtmlReport.text(group))
            .append("</td></tr>");
      }
      double percent = 100.0 * bar.count() / chart.maxCount();
      if (bar.count() > 0) {
        percent = Math.max(percent, MIN_BAR_PERCENT);
      }
      h.append("<tr><td class=\"bar-label\">")
          .append(HtmlReport.text(bar.label()))
          .append("</td><td class=\"bar-track\"><div class=\"bar ")
          .append(tone(bar.label()))
          .append("\" style=\"width: ")
          .append(String.format(Locale.ROOT, "%.1f", percent))
          .append("%\">&#160;</div></td><td class=\"bar-count\">")
          .append(bar.count())
          .append("</td></tr>");
    }
    h.append("</table></div>");
  }

  /** Colours the outcome words as the window does; everything else is neutral. */
  static String tone(String label) {
    return switch (label) {
      case "deliver-authenticated-tls", "pass" -> "bar-good";
      case "deliver-tls", "info" -> "bar-fair";
      case "deliver-clear", "warning", "defer" -> "bar-warn";
      case "bounce", "error" -> "bar-bad";
      default -> "bar-plain";
    };
  }

  private static String css(String resource) {
    try (InputStream in = BatchHtmlReport.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
