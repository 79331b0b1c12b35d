package org.mailpath.report;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.CacheStore;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mailpath.report.section.ReportContext;

/**
 * The report as PDF: {@link HtmlReport}'s XHTML laid out by openhtmltopdf, with the DejaVu fonts
 * shipped in {@code resources/report/fonts} embedded (subset), so it looks the same on every
 * machine and every server-supplied character has a glyph or a visible escape.
 *
 * <p>Each font file is read once per process and its metrics are measured once (openhtmltopdf's
 * font-metrics cache), so a second report in the window costs only its layout.
 */
public final class PdfReport {

  static final String FONTS = "/report/fonts/";

  /** The family names report.css uses. */
  static final String SANS = "DejaVu Sans";

  static final String MONO = "DejaVu Sans Mono";

  /** Font files by name, read on first use; about 2.4 MB for all five. */
  private static final Map<String, byte[]> FONT_BYTES = new ConcurrentHashMap<>();

  private static final FSCacheEx<String, FSCacheValue> FONT_METRICS = new FSDefaultCacheStore();

  static {
    // openhtmltopdf logs every font load to stderr; only the CLI may write there.
    XRLog.setLoggingEnabled(false);
  }

  private final HtmlReport html;

  public PdfReport() {
    this(new HtmlReport());
  }

  public PdfReport(HtmlReport html) {
    this.html = html;
  }

  public void write(ReportContext context, OutputStream out) {
    render(html.render(context), out);
  }

  /** Lays out any of the report's XHTML documents with the shipped fonts embedded. */
  static void render(String xhtml, OutputStream out) {
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.useCacheStore(CacheStore.PDF_FONT_METRICS, FONT_METRICS);
    font(builder, "DejaVuSans.ttf", SANS, 400, FontStyle.NORMAL);
    font(builder, "DejaVuSans-Bold.ttf", SANS, 700, FontStyle.NORMAL);
    font(builder, "DejaVuSansMono.ttf", MONO, 400, FontStyle.NORMAL);
    font(builder, "DejaVuSansMono-Bold.ttf", MONO, 700, FontStyle.NORMAL);
    font(builder, "DejaVuSansMono-Oblique.ttf", MONO, 400, FontStyle.ITALIC);
    builder.withHtmlContent(xhtml, null);
    builder.toStream(out);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the PDF report", e);
    }
  }

  private static void font(
      PdfRendererBuilder builder, String file, String family, int weight, FontStyle style) {
    builder.useFont(
        () -> new ByteArrayInputStream(FONT_BYTES.computeIfAbsent(file, PdfReport::read)),
        family,
        weight,
        style,
        true);
  }

  private static byte[] read(String file) {
    try (InputStream in = PdfReport.class.getResourceAsStream(FONTS + file)) {
      if (in == null) {
        throw new IllegalStateException("missing font resource " + FONTS + file);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the font " + file, e);
    }
  }
}
