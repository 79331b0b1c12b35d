package org.mailpath.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.mailpath.history.SampleReports;
import org.mailpath.smtp.TranscriptLine;
import org.mailpath.smtp.TranscriptLine.Direction;
import org.mailpath.trace.ConnectionReport;
import org.mailpath.trace.TraceReport;

/** Reports that push the renderers: hostile server text, long transcripts. */
final class ReportSamples {

  static final String HOSTILE = "<script>&</b>\u0007";

  private ReportSamples() {}

  /** The full sample, with the first connection's transcript replaced by {@code lines}. */
  static TraceReport withTranscript(List<TranscriptLine> lines) {
    TraceReport full = SampleReports.full();
    List<ConnectionReport> connections = new ArrayList<>(full.connections());
    ConnectionReport c = connections.get(0);
    connections.set(
        0,
        new ConnectionReport(
            c.plan(),
            c.steps(),
            lines,
            c.smtp(),
            c.tls(),
            c.versions(),
            c.tls12CipherSuites(),
            c.findings()));
    return new TraceReport(
        full.target(),
        full.domain(),
        full.network(),
        full.toolVersion(),
        full.started(),
        full.duration(),
        full.resolution(),
        full.steps(),
        connections,
        full.findings(),
        full.cancelled());
  }

  /** A banner line carrying markup and a control character. */
  static TraceReport hostileBanner() {
    Instant t = SampleReports.STARTED.plusMillis(100);
    return withTranscript(
        List.of(
            new TranscriptLine(t, Direction.SERVER, "220 " + HOSTILE),
            new TranscriptLine(t.plusMillis(1), Direction.CLIENT, "EHLO mailpath.invalid")));
  }

  /** {@code n} transcript lines, some longer than a page is wide. */
  static TraceReport longTranscript(int n) {
    List<TranscriptLine> lines = new ArrayList<>();
    Instant t = SampleReports.STARTED.plusMillis(100);
    for (int i = 0; i < n; i++) {
      String text =
          i % 25 == 7
              ? "250-X-LONG " + "A".repeat(300) + " end-of-long-line-" + i
              : "250-line " + i + " of a long EHLO reply";
      lines.add(
          new TranscriptLine(
              t.plusMillis(i), i % 2 == 0 ? Direction.SERVER : Direction.CLIENT, text));
    }
    return withTranscript(lines);
  }
}
