package org.mailpath.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.mailpath.history.SampleReports;
import org.mailpath.report.PdfReport;
import org.mailpath.report.section.ReportContext;
import org.mailpath.trace.ConnectionPlan;
import org.mailpath.trace.ConnectionReport;
import org.mailpath.trace.TraceReport;

/**
 * How long does a PDF report take in a running window (warm) and in a fresh process (cold)? Renders
 * the sample session (2 MX hosts) and the same session with 10 MX hosts: the first render in this
 * JVM (cold: class loading, fonts, CSS), then the median of {@code RUNS} more (warm), each against
 * the floor of the same library drawing a one-line document with the same fonts, in this run. It
 * writes the 10-MX PDF to {@code target/bench-10mx.pdf} so that its pages can be looked at.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     org.mailpath.bench.ReportBenchmark [RUNS]
 * </pre>
 *
 * A cold {@code mailpath report latest --pdf} process is timed by {@code .ci/installer-check.sh}
 * style commands instead: see the README's Benchmarks section.
 */
public final class ReportBenchmark {

  private ReportBenchmark() {}

  public static void main(String[] args) throws IOException {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    TraceReport two = SampleReports.full();
    TraceReport ten = withMxHosts(two, 10);
    PdfReport pdf = new PdfReport();
    ReportContext twoMx = new ReportContext(two, 1L, ZoneOffset.UTC);
    ReportContext tenMx = new ReportContext(ten, 2L, ZoneOffset.UTC);

    long cold = time(() -> pdf.write(twoMx, OutputStream.nullOutputStream()));
    List<Long> warmTwo = new ArrayList<>();
    List<Long> warmTen = new ArrayList<>();
    List<Long> floor = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      warmTwo.add(time(() -> pdf.write(twoMx, OutputStream.nullOutputStream())));
      warmTen.add(time(() -> pdf.write(tenMx, OutputStream.nullOutputStream())));
      floor.add(time(() -> FloorDocument.write(OutputStream.nullOutputStream())));
    }
    ByteArrayOutputStream tenBytes = new ByteArrayOutputStream();
    pdf.write(tenMx, tenBytes);
    Path out = Path.of("target", "bench-10mx.pdf");
    Files.createDirectories(out.getParent());
    Files.write(out, tenBytes.toByteArray());

    long floorMs = median(floor);
    System.out.printf("%-34s %8s %7s   (warm: median of %d)%n", "case", "ms", "ratio", runs);
    System.out.printf("%-34s %8d %7s%n", "first report in this JVM (cold)", cold, "");
    System.out.printf("%-34s %8d %7.2f%n", "floor: one-line PDF, same fonts", floorMs, 1.0);
    print("2-MX report (warm)", warmTwo, floorMs);
    print("10-MX report (warm)", warmTen, floorMs);
    System.out.printf("10-MX PDF: %s (%d bytes)%n", out, tenBytes.size());
  }

  private static void print(String name, List<Long> ms, long floor) {
    long m = median(ms);
    System.out.printf("%-34s %8d %7.2f   %s%n", name, m, (double) m / floor, ms);
  }

  /** The sample's connections repeated under new host names until there are {@code hosts}. */
  static TraceReport withMxHosts(TraceReport r, int hosts) {
    List<ConnectionReport> connections = new ArrayList<>();
    for (int i = 0; i < hosts; i++) {
      ConnectionReport c = r.connections().get(i % r.connections().size());
      ConnectionPlan p = c.plan();
      String host = String.format("mx%02d.good.mail.test", i + 1);
      connections.add(
          new ConnectionReport(
              new ConnectionPlan("c" + (i + 1), host, 10 * (i + 1), p.address(), p.port()),
              c.steps(),
              c.transcript(),
              c.smtp(),
              c.tls(),
              c.versions(),
              c.tls12CipherSuites(),
              c.findings()));
    }
    return new TraceReport(
        r.target(),
        r.domain(),
        r.network(),
        r.toolVersion(),
        r.started(),
        r.duration(),
        r.resolution(),
        r.steps(),
        connections,
        r.findings(),
        r.cancelled(),
        r.exposure(),
        r.policy(),
        r.outcomes());
  }

  private static long time(Runnable task) {
    long start = System.nanoTime();
    task.run();
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    sorted.sort(null);
    return sorted.get(sorted.size() / 2);
  }
}
