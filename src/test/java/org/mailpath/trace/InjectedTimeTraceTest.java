package org.mailpath.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mailpath.address.TargetParser;
import org.mailpath.context.StepKind;
import org.mailpath.context.StepStatus;

/**
 * Deadlines run on the engine's injected ticker, not on the wall clock: a test moves time instead
 * of sleeping.
 */
class InjectedTimeTraceTest {

  private final ExecutorService executor = Executors.newSingleThreadExecutor();

  @AfterEach
  void stop() {
    executor.shutdownNow();
  }

  @Test
  void trace_tickerPastTheDeadline_endsAtOnceAsCancelled() throws Exception {
    // Every reading of this ticker is an hour after the one before: a one-hour deadline has
    // passed by the time any step asks for it.
    AtomicLong now = new AtomicLong();
    TraceEngine engine =
        TraceEngine.builder()
            .executor(executor)
            .clock(Clock.systemUTC())
            .ticker(() -> now.addAndGet(Duration.ofHours(1).toNanos()))
            .build();
    try (HostileServer tarpit = new HostileServer((s, in, out) -> Thread.sleep(120_000))) {
      TraceReport report =
          engine
              .trace(
                  TargetParser.parse("[127.0.0.1]:" + tarpit.port()),
                  TraceOptions.builder().timeout(Duration.ofHours(1)).quick(true).build(),
                  TraceListener.NONE)
              // On the wall clock the tarpit would hold the greeting for the 30 s step timeout.
              .get(10, TimeUnit.SECONDS);

      assertThat(report.cancelled()).isTrue();
      assertThat(report.connections().get(0).steps())
          .anySatisfy(
              step -> {
                assertThat(step.kind()).isEqualTo(StepKind.CONNECT);
                assertThat(step.status()).isEqualTo(StepStatus.SKIPPED);
                assertThat(step.summary()).contains("out of time");
              });
    }
  }
}
