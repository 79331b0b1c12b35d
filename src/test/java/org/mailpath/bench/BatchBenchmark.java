package org.mailpath.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.mailpath.address.TargetParser;
import org.mailpath.app.TraceService;
import org.mailpath.batch.AddressLimiter;
import org.mailpath.batch.BatchRunner;
import org.mailpath.batch.BatchTarget;
import org.mailpath.lab.Lab;
import org.mailpath.lab.scenario.BulkFamily;
import org.mailpath.trace.TraceListener;
import org.mailpath.trace.TraceOptions;

/**
 * Bulk lab domains per second at each concurrency level, --quick, with the lab answering at once
 * and with every lab reply delayed by D ms; then the peak resident memory (VmHWM) of this JVM after
 * the largest batch. Prints figures and ratios to the first level measured in the same run.
 *
 * <p>Arguments: domains per batch (default 100), delay D in ms (default 50), concurrency levels
 * (default 1 2 4 8).
 */
public final class BatchBenchmark {

  public static void main(String[] args) throws Exception {
    int domains = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    long delayMs = args.length > 1 ? Long.parseLong(args[1]) : 50;
    List<Integer> levels =
        args.length > 2
            ? IntStream.range(2, args.length).mapToObj(i -> Integer.parseInt(args[i])).toList()
            : List.of(1, 2, 4, 8);
    List<BatchTarget> targets =
        IntStream.rangeClosed(1, domains)
            .mapToObj(i -> new BatchTarget(i - 1, BulkFamily.domain(i)))
            .toList();
    for (long delay : new long[] {0, delayMs}) {
      System.out.printf("lab reply delay %d ms, %d bulk domains, --quick%n", delay, domains);
      double first = 0;
      try (Lab lab = Lab.start(Duration.ofMillis(delay))) {
        for (int level : levels) {
          double rate = run(lab, targets, level);
          first = first == 0 ? rate : first;
          System.out.printf(
              Locale.ROOT,
              "  concurrency %3d: %7.1f domains/s  (x%.2f of concurrency %d)%n",
              level,
              rate,
              rate / first,
              levels.get(0));
        }
      }
    }
    System.out.printf("peak RSS (VmHWM) of this JVM: %s%n", peakRss());
  }

  private static double run(Lab lab, List<BatchTarget> targets, int concurrency)
      throws InterruptedException {
    ExecutorService executor = Executors.newCachedThreadPool();
    try {
      TraceService service = new TraceService(executor, Clock.systemUTC(), () -> lab, null);
      TraceOptions options = TraceOptions.builder().quick(true).build();
      AtomicInteger failed = new AtomicInteger();
      BatchRunner runner =
          new BatchRunner(
              t ->
                  service
                      .trace(TargetParser.parse(t), options, false, TraceListener.NONE)
                      .thenApply(o -> o.report()),
              r -> {
                if (r.failedToRun()) {
                  failed.incrementAndGet();
                }
              },
              concurrency,
              new AddressLimiter(1),
              lab::mailHostAddresses,
              Clock.systemUTC(),
              p -> {});
      long start = System.nanoTime();
      runner.run(targets, 0, targets.size());
      double seconds = (System.nanoTime() - start) / 1e9;
      if (failed.get() > 0) {
        System.out.printf("  (%d traces could not run)%n", failed.get());
      }
      return targets.size() / seconds;
    } finally {
      executor.shutdownNow();
    }
  }

  private static String peakRss() throws Exception {
    Path status = Path.of("/proc/self/status");
    if (!Files.exists(status)) {
      return "not known (no /proc)";
    }
    return Files.readAllLines(status).stream()
        .filter(l -> l.startsWith("VmHWM:"))
        .map(l -> l.substring(6).strip())
        .findFirst()
        .orElse("not known");
  }
}
