package org.mailpath.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.mailpath.history.SampleReports;
import org.mailpath.report.PdfReport;
import org.mailpath.report.section.ReportContext;
import org.mailpath.smtp.ConnectionPlan;
import org.mailpath.trace.ConnectionReport;
import org.mailpath.trace.TraceReport;

/**
 * How long does a PDF report take in a running window (warm) and in a fresh process (cold)? Renders
 * the sample session (2 MX hosts) and the same session with 10 MX hosts: the first render in this
 * JVM (cold: class loading, fonts, CSS), then the median of {@code RUNS} more (warm), each against
 * the floor of the same library drawing a one-line document with the same fonts, in this run. It
 * Besides wall-clock time it prints this thread's CPU time, which the load that other processes put
 * on a shared machine changes much less. It writes the 10-MX PDF to {@code target/bench-10mx.pdf}
 * so that its pages can be looked at.
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

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private ReportBenchmark() {}

  public static void main(String[] args) throws IOException {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    TraceReport two = SampleReports.full();
    TraceReport ten = withMxHosts(two, 10);
    PdfReport pdf = new PdfReport();
    ReportContext twoMx = new ReportContext(two, 1L, ZoneOffset.UTC);
    ReportContext tenMx = new ReportContext(ten, 2L, ZoneOffset.UTC);

    long cpuBefore = THREADS.getCurrentThreadCpuTime();
    long cold = time(() -> pdf.write(twoMx, OutputStream.nullOutputStream()));
    long coldCpu = (THREADS.getCurrentThreadCpuTime() - cpuBefore) / 1_000_000;
    List<Long> cpuTwo = new ArrayList<>();
    List<Long> cpuTen = new ArrayList<>();
    List<Long> cpuFloor = new ArrayList<>();
    List<Long> warmTwo = new ArrayList<>();
    List<Long> warmTen = new ArrayList<>();
    List<Long> floor = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long c0 = THREADS.getCurrentThreadCpuTime();
      warmTwo.add(time(() -> pdf.write(twoMx, OutputStream.nullOutputStream())));
      long c1 = THREADS.getCurrentThreadCpuTime();
      warmTen.add(time(() -> pdf.write(tenMx, OutputStream.nullOutputStream())));
      long c2 = THREADS.getCurrentThreadCpuTime();
      floor.add(time(() -> FloorDocument.write(OutputStream.nullOutputStream())));
      long c3 = THREADS.getCurrentThreadCpuTime();
      cpuTwo.add((c1 - c0) / 1_000_000);
      cpuTen.add((c2 - c1) / 1_000_000);
      cpuFloor.add((c3 - c2) / 1_000_000);
    }
    ByteArrayOutputStream tenBytes = new ByteArrayOutputStream();
    pdf.write(tenMx, tenBytes);
    Path out = Path.of("target", "bench-10mx.pdf");
    Files.createDirectories(out.getParent());
    Files.write(out, tenBytes.toByteArray());

    long floorMs = median(floor);
    long floorCpu = median(cpuFloor);
    System.out.printf(
        "%-34s %8s %7s %8s %7s   (warm: median of %d)%n",
        "case", "wall ms", "ratio", "cpu ms", "ratio", runs);
    System.out.printf("%-34s %8d %7s %8d%n", "first report in this JVM (cold)", cold, "", coldCpu);
    print("floor: one-line PDF, same fonts", floor, floorMs, cpuFloor, floorCpu);
    print("2-MX report (warm)", warmTwo, floorMs, cpuTwo, floorCpu);
    print("10-MX report (warm)", warmTen, floorMs, cpuTen, floorCpu);
    System.out.printf("10-MX PDF: %s (%d bytes)%n", out, tenBytes.size());
  }

  private static void print(String name, List<Long> ms, long floor, List<Long> cpu, long cpuFloor) {
    long m = median(ms);
    long c = median(cpu);
    System.out.printf(
        "%-34s %8d %7.2f %8d %7.2f   %s%n",
        name, m, (double) m / floor, c, (double) c / cpuFloor, ms);
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
