package org.mailpath.trace;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.mailpath.address.Target;

/**
 * Runs traces: resolve → connect → negotiate → inspect, emitting {@link TraceEvent}s as it goes and
 * completing with an immutable {@link TraceReport}. Work runs on the injected executor; time comes
 * from the injected clock. Cancelling the returned future closes every open socket.
 */
public final class TraceEngine {

  private final Executor executor;
  private final Clock clock;
  private final String toolVersion;

  private TraceEngine(Builder builder) {
    this.executor = Objects.requireNonNull(builder.executor, "executor");
    this.clock = Objects.requireNonNull(builder.clock, "clock");
    this.toolVersion = builder.toolVersion;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Starts a trace; the future completes with the report, also when findings are errors. */
  public CompletableFuture<TraceReport> trace(
      Target target, TraceOptions options, TraceListener listener) {
    return new TraceRun(target, options, listener, executor, clock, toolVersion).start();
  }

  public static final class Builder {
    private Executor executor;
    private Clock clock = Clock.systemUTC();
    private String toolVersion = "dev";

    public Builder executor(Executor value) {
      this.executor = value;
      return this;
    }

    public Builder clock(Clock value) {
      this.clock = value;
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
