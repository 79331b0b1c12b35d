package org.mailpath.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.mailpath.fuzz.Fuzzing;
import org.mailpath.trace.TraceReport;

/**
 * What a history row may hold: anything, once the file has been edited, damaged or replaced
 * (HostileHistoryFileTest covers the file; this covers the JSON in a row).
 */
class ReportCodecFuzzTest {

  /**
   * Any stored JSON reads as a report or fails with a HistoryException, never another exception
   * type that would take the history window down; a report read is written and read back alike.
   */
  @FuzzTest(maxDuration = Fuzzing.MAX_DURATION)
  void read_anyJson_reportOrHistoryException(byte[] stored) {
    String json = new String(stored, StandardCharsets.UTF_8);
    TraceReport report;
    try {
      report = ReportCodec.read(ReportCodec.FORMAT_1, json);
    } catch (HistoryException expected) {
      assertThat(expected.getMessage()).isNotBlank();
      return;
    }
    if (report == null) {
      return; // the JSON literal null: HistoryStore treats a null row as absent
    }
    String again = ReportCodec.write(report);
    assertThat(ReportCodec.read(ReportCodec.CURRENT, again)).isEqualTo(report);
  }
}
