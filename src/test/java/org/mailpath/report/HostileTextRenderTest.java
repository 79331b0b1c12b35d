package org.mailpath.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mailpath.history.SampleReports;
import org.mailpath.report.section.ReportContext;
import org.mailpath.smtp.TranscriptLine;
import org.mailpath.smtp.TranscriptLine.Direction;
import org.mailpath.text.HiddenCharacters;
import org.mailpath.trace.TraceReport;

class HostileTextRenderTest {

  private static TraceReport hostile() {
    return ReportSamples.withTranscript(
        List.of(
            new TranscriptLine(
                SampleReports.STARTED, Direction.SERVER, "220 " + HiddenCharacters.HOSTILE)));
  }

  @Test
  void render_hostileBannerAsMarkdown_showsNoControlOrBidiCharacter() {
    String md = new MarkdownReport().render(new ReportContext(hostile(), 7L, ZoneOffset.UTC));

    HiddenCharacters.assertNone(md);
    assertThat(md).contains("\\x1b[31mred").contains("\\u009b2J").contains("\\u202eevil");
  }

  @Test
  void render_hostileBannerAsHtml_showsNoControlOrBidiCharacter() {
    String html = new HtmlReport().render(new ReportContext(hostile(), 7L, ZoneOffset.UTC));

    HiddenCharacters.assertNone(html);
    assertThat(html).contains("\\x1b[31mred");
  }

  @Test
  void inline_rawControlAndBidi_isEscapedByTheRendererItself() {
    String shown = MarkdownReport.inline(HiddenCharacters.HOSTILE);

    HiddenCharacters.assertNone(shown);
  }

  @Test
  void text_markupAndControls_areEscapedForXml() {
    assertThat(HtmlReport.text("<script>&\"'\u0007\u009b\u202e"))
        .isEqualTo("&lt;script&gt;&amp;&quot;&#39;\\x07\\u009b\\u202e");
  }

  @Test
  void write_hostileReportAsJson_showsNoControlOrBidiCharacter() {
    String json = ReportJson.write(hostile(), true);

    HiddenCharacters.assertNone(json);
  }

  @Test
  void visibleJsonEscapes_delC1AndBidi_areUnicodeEscapesThatReadBack() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    mapper.getFactory().setCharacterEscapes(new VisibleJsonEscapes());
    String raw = "a\u007f\u0085\u009b\u202e\u2066\u200b\ufeff\u2028ü€b";

    String json = mapper.writeValueAsString(Map.of("v", raw));

    assertThat(json)
        .isEqualTo("{\"v\":\"a\\u007F\\u0085\\u009B\\u202E\\u2066\\u200B\\uFEFF\\u2028ü€b\"}");
    assertThat(mapper.readValue(json, Map.class)).containsEntry("v", raw);
  }
}
