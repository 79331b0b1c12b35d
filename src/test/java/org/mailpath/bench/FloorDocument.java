package org.mailpath.bench;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** The floor of a PDF report: openhtmltopdf drawing one line with the report's font, embedded. */
final class FloorDocument {
  private FloorDocument() {}

  static void write(OutputStream out) {
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.useFont(FloorDocument::font, "DejaVu Sans");
    builder.withHtmlContent(
        "<html><head><style>body{font-family:'DejaVu Sans'}</style></head>"
            + "<body><p>mailpath floor</p></body></html>",
        null);
    builder.toStream(out);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream font() {
    return FloorDocument.class.getResourceAsStream("/report/fonts/DejaVuSans.ttf");
  }
}
