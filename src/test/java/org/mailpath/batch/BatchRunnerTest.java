package org.mailpath.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mailpath.dns.MxResolution;
import org.mailpath.trace.TraceReport;

class BatchRunnerTest {

  private static TraceReport report(String target) {
    MxResolution resolution =
        new MxResolution(
            target,
            MxResolution.Outcome.NULL_MX,
            List.of(),
            List.of(),
            List.of(),
            null,
            null,
            null,
            null);
    return new TraceReport(
        target,
        target,
        "lab",
        "test",
        Instant.EPOCH,
        Duration.ZERO,
        resolution,
        List.of(),
        List.of(),
        List.of(),
        false);
  }

  private static List<BatchTarget> targets(int n) {
    return IntStream.range(0, n).mapToObj(i -> new BatchTarget(i, "t" + i + ".test")).toList();
  }

  @Test
  void run_manyTargets_neverMoreThanConcurrencyAtOnce() throws Exception {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger peak = new AtomicInteger();
    List<BatchResult> results = new CopyOnWriteArrayList<>();
    Tracer tracer =
        target ->
            CompletableFuture.supplyAsync(
                () -> {
                  peak.accumulateAndGet(running.incrementAndGet(), Math::max);
                  sleep(5);
                  running.decrementAndGet();
                  return report(target);
                });
    BatchRunner runner =
        new BatchRunner(
            tracer,
            results::add,
            3,
            new AddressLimiter(1),
            t -> Set.of(),
            Clock.systemUTC(),
            p -> {});

    BatchProgress end = runner.run(targets(30), 0, 30);

    assertThat(results).hasSize(30);
    assertThat(end.done()).isEqualTo(30);
    assertThat(peak.get()).isBetween(1, 3);
  }

  @Test
  void run_targetsSharingAnAddress_neverTracedTogether() throws Exception {
    AtomicInteger onShared = new AtomicInteger();
    AtomicInteger peakShared = new AtomicInteger();
    Tracer tracer =
        target ->
            CompletableFuture.supplyAsync(
                () -> {
                  boolean shared = target.startsWith("t1") || target.startsWith("t2");
                  if (shared) {
                    peakShared.accumulateAndGet(onShared.incrementAndGet(), Math::max);
                  }
                  sleep(5);
                  if (shared) {
                    onShared.decrementAndGet();
                  }
                  return report(target);
                });
    BatchRunner runner =
        new BatchRunner(
            tracer,
            r -> {},
            8,
            new AddressLimiter(1),
            t -> t.startsWith("t1") || t.startsWith("t2") ? Set.of("127.0.2.9") : Set.of(),
            Clock.systemUTC(),
            p -> {});

    runner.run(targets(30), 0, 30);

    assertThat(peakShared.get()).isEqualTo(1);
  }

  @Test
  void run_stoppedMidway_deliversOnlyFinishedTracesAndCancelsTheRest() throws Exception {
    ConcurrentLinkedQueue<BatchResult> results = new ConcurrentLinkedQueue<>();
    List<CompletableFuture<TraceReport>> started = new CopyOnWriteArrayList<>();
    BatchRunner[] holder = new BatchRunner[1];
    Tracer tracer =
        target -> {
          CompletableFuture<TraceReport> f = new CompletableFuture<>();
          started.add(f);
          if (started.size() <= 2) {
            f.complete(report(target));
          } else if (started.size() == 4) {
            holder[0].stop(); // never completes by itself: only the stop ends it
          }
          return f;
        };
    holder[0] =
        new BatchRunner(
            tracer,
            results::add,
            4,
            new AddressLimiter(1),
            t -> Set.of(),
            Clock.systemUTC(),
            p -> {});

    BatchProgress end = holder[0].run(targets(10), 0, 10);

    assertThat(results).hasSize(2);
    assertThat(end.done()).isEqualTo(2);
    assertThat(started).hasSize(4);
    assertThat(started.subList(2, 4)).allMatch(CompletableFuture::isCancelled);
  }

  @Test
  void run_traceCannotRun_deliversFailureWithReason() throws Exception {
    List<BatchResult> results = new CopyOnWriteArrayList<>();
    Tracer tracer = t -> CompletableFuture.failedFuture(new IllegalArgumentException("bad target"));
    new BatchRunner(
            tracer,
            results::add,
            2,
            new AddressLimiter(1),
            t -> Set.of(),
            Clock.systemUTC(),
            p -> {})
        .run(targets(1), 0, 1);

    assertThat(results)
        .singleElement()
        .satisfies(r -> assertThat(r.failure()).isEqualTo("bad target"));
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
