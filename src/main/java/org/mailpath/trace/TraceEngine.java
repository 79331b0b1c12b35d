package org.mailpath.trace;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.LongSupplier;
import org.mailpath.address.Target;
import org.mailpath.context.Budgets;
import org.mailpath.context.TraceContext;

/**
 * Runs traces: resolve → connect → negotiate → inspect → evaluate → explain, emitting {@link
 * TraceEvent}s as it goes and completing with an immutable {@link TraceReport}. Work runs on the
 * injected executor, timers on the injected scheduler; time comes from the injected clock and
 * ticker. Cancelling the returned future closes every open socket.
 */
public final class TraceEngine {

  /** Timers only: deadlines and DNS waits. One daemon thread serves every engine that has none. */
  private static final ScheduledExecutorService SHARED_TIMERS =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "mailpath-timers");
            t.setDaemon(true);
            return t;
          });

  private final Executor executor;
  private final ScheduledExecutorService scheduler;
  private final Clock clock;
  private final LongSupplier ticker;
  private final Budgets budgets;
  private final String toolVersion;

  private TraceEngine(Builder builder) {
    this.executor = Objects.requireNonNull(builder.executor, "executor");
    this.scheduler = builder.scheduler != null ? builder.scheduler : SHARED_TIMERS;
    this.clock = Objects.requireNonNull(builder.clock, "clock");
    this.ticker = Objects.requireNonNull(builder.ticker, "ticker");
    this.budgets = Objects.requireNonNull(builder.budgets, "budgets");
    this.toolVersion = builder.toolVersion;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Starts a trace; the future completes with the report, also when findings are errors. */
  public CompletableFuture<TraceReport> trace(
      Target target, TraceOptions options, TraceListener listener) {
    TraceContext.Builder context =
        TraceContext.builder()
            .clock(clock)
            .executor(executor)
            .scheduler(scheduler)
            .budgets(budgets);
    return new TraceRun(
            target, options, context, new TraceRecorder(listener, clock), ticker, toolVersion)
        .start();
  }

  public static final class Builder {
    private Executor executor;
    private ScheduledExecutorService scheduler;
    private Clock clock = Clock.systemUTC();
    private LongSupplier ticker = System::nanoTime;
    private Budgets budgets = Budgets.defaults();
    private String toolVersion = "dev";

    public Builder executor(Executor value) {
      this.executor = value;
      return this;
    }

    /** Where timers run (deadlines, DNS waits); a shared daemon thread if none is given. */
    public Builder scheduler(ScheduledExecutorService value) {
      this.scheduler = value;
      return this;
    }

    public Builder clock(Clock value) {
      this.clock = value;
      return this;
    }

    /** The monotonic nanosecond source deadlines are measured on (System.nanoTime by default). */
    public Builder ticker(LongSupplier value) {
      this.ticker = value;
      return this;
    }

    public Builder budgets(Budgets value) {
      this.budgets = value;
      return this;
    }

    public Builder toolVersion(String value) {
      this.toolVersion = value;
      return this;
    }

    public TraceEngine build() {
      return new TraceEngine(this);
    }
  }
}
