package org.mailpath.trace;

import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.mailpath.address.TargetParser;
import org.mailpath.finding.Finding;

/**
 * Not a test: the process {@link ManyMxBudgetTest} measures. Traces {@code alice@many.example}
 * against the DNS and SMTP ports given, with the window's engine and defaults, and prints what it
 * spent: connections, findings, its own duration, peak thread count and peak resident memory.
 */
public final class ManyMxTraceChild {

  public static void main(String[] args) throws Exception {
    int dnsPort = Integer.parseInt(args[0]);
    int smtpPort = Integer.parseInt(args[1]);
    Duration deadline = Duration.ofSeconds(Long.parseLong(args[2]));
    ExecutorService executor = Executors.newCachedThreadPool();
    TraceOptions options =
        TraceOptions.builder()
            .timeout(deadline)
            .dnsServer(new InetSocketAddress("127.0.0.1", dnsPort))
            .smtpPort(smtpPort)
            .withoutDnssecValidation()
            .quick(true)
            .build();
    long start = System.nanoTime();
    TraceReport report =
        TraceEngine.builder()
            .executor(executor)
            .build()
            .trace(TargetParser.parse("alice@many.example"), options, TraceListener.NONE)
            .get(deadline.toSeconds() * 3, TimeUnit.SECONDS);
    long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    System.out.println("mx-hosts=" + report.resolution().hosts().size());
    System.out.println("connections=" + report.connections().size());
    System.out.println(
        "findings="
            + String.join(",", report.findings().stream().map(Finding::code).distinct().toList()));
    System.out.println("elapsed-ms=" + elapsedMillis);
    System.out.println("peak-threads=" + ManagementFactory.getThreadMXBean().getPeakThreadCount());
    System.out.println("peak-rss-kb=" + peakResidentKilobytes());
    executor.shutdownNow();
    System.exit(0);
  }

  /** VmHWM of /proc/self/status: the most resident memory this process has had. */
  private static long peakResidentKilobytes() throws Exception {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return -1;
  }
}
