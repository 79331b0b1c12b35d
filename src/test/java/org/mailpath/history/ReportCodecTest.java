package org.mailpath.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.mailpath.finding.Finding;
import org.mailpath.trace.TraceReport;

class ReportCodecTest {

  /**
   * A report as mailpath stored it before the history had a codec of its own (report.ReportJson,
   * pretty-printed here for reading), frozen: rows like it sit in users' databases.
   */
  private static String format1Row() throws IOException {
    try (InputStream in = ReportCodecTest.class.getResourceAsStream("format-1-report.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void read_format1RowOfEarlierRelease_keepsItsFacts() throws IOException {
    TraceReport report = ReportCodec.read(ReportCodec.FORMAT_1, format1Row());

    assertThat(report.target()).isEqualTo("alice@good.mail.test");
    assertThat(report.started()).isEqualTo(SampleReports.STARTED);
    assertThat(report.duration()).isEqualTo(Duration.parse("PT1.834000005S"));
    assertThat(report.resolution().hosts()).hasSize(2);
    assertThat(report.connections()).isNotEmpty();
    assertThat(report.findings())
        .extracting(Finding::code)
        .containsExactlyElementsOf(
            SampleReports.full().findings().stream().map(Finding::code).toList());
  }

  @Test
  void write_thenRead_equalsOriginal() {
    TraceReport report = SampleReports.full();

    assertThat(ReportCodec.read(ReportCodec.CURRENT, ReportCodec.write(report))).isEqualTo(report);
  }

  /**
   * How mailpath wrote and read format 1 until it had a codec of its own: Jackson's data binding,
   * configured so. Rows in users' databases were written so, and earlier releases read rows so.
   */
  private static final ObjectMapper DATA_BINDING =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  @Test
  void read_rowTheDataBindingWrote_equalsOriginal() throws IOException {
    TraceReport report = SampleReports.full();

    String row = DATA_BINDING.writeValueAsString(report);

    assertThat(ReportCodec.read(ReportCodec.FORMAT_1, row)).isEqualTo(report);
  }

  @Test
  void write_readByTheDataBinding_equalsOriginal() throws IOException {
    TraceReport report = SampleReports.full();

    String row = ReportCodec.write(report);

    // an earlier mailpath opening a database this one wrote
    assertThat(DATA_BINDING.readValue(row, TraceReport.class)).isEqualTo(report);
    assertThat(DATA_BINDING.readTree(row))
        .isEqualTo(DATA_BINDING.readTree(DATA_BINDING.writeValueAsString(report)));
  }

  @Test
  void read_formatOfNewerMailpath_asksForNewerMailpath() {
    assertThatThrownBy(() -> ReportCodec.read(ReportCodec.CURRENT + 1, "{}"))
        .isInstanceOf(HistoryException.class)
        .hasMessageContaining("use a newer mailpath");
  }

  @Test
  void read_truncatedJson_saysItNoLongerReads() {
    String json = ReportCodec.write(SampleReports.full());

    assertThatThrownBy(() -> ReportCodec.read(ReportCodec.FORMAT_1, json.substring(0, 100)))
        .isInstanceOf(HistoryException.class)
        .hasMessage("the stored report no longer reads");
  }
}
