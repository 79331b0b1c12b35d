package org.mailpath.context;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.mailpath.bounds.Deadline;

/**
 * What every stage of one trace is given, and nothing else: time (a clock for timestamps, a ticker
 * for deadlines), threads (an executor for work, a scheduler for timeouts), the trace's deadline,
 * the network (a dialer, a resolver factory, the sockets to close on cancel), its budgets and the
 * log its steps go to. Stages compose futures on it; none blocks a thread waiting for another task,
 * so a trace is correct on any executor, one thread included.
 */
public final class TraceContext {

  private final Clock clock;
  private final LongSupplier ticker;
  private final Executor executor;
  private final ScheduledExecutorService scheduler;
  private final Deadline deadline;
  private final Dialer dialer;
  private final ResolverFactory resolvers;
  private final Budgets budgets;
  private final AddressSlots addressSlots;
  private final SocketRegistry sockets;
  private final StepLog log;
  private final AtomicInteger dnsQueriesLeft;

  private TraceContext(Builder b) {
    this.clock = Objects.requireNonNull(b.clock, "clock");
    this.ticker = Objects.requireNonNull(b.ticker, "ticker");
    this.executor = Objects.requireNonNull(b.executor, "executor");
    this.scheduler = Objects.requireNonNull(b.scheduler, "scheduler");
    this.deadline = Objects.requireNonNull(b.deadline, "deadline");
    this.dialer = Objects.requireNonNull(b.dialer, "dialer");
    this.resolvers = Objects.requireNonNull(b.resolvers, "resolvers");
    this.budgets = Objects.requireNonNull(b.budgets, "budgets");
    this.addressSlots =
        b.addressSlots != null ? b.addressSlots : new AddressSlots(budgets.connectionsPerAddress());
    this.sockets = b.sockets != null ? b.sockets : new SocketRegistry();
    this.log = b.log != null ? b.log : StepLog.SILENT;
    this.dnsQueriesLeft =
        b.dnsQueriesLeft != null ? b.dnsQueriesLeft : new AtomicInteger(budgets.dnsQueries());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The same context reporting to another log (a quiet session reports to none). */
  public TraceContext withLog(StepLog other) {
    Builder b = toBuilder();
    b.log = other;
    return new TraceContext(b);
  }

  /** The same context with a nearer deadline (one session's share of the trace's). */
  public TraceContext withDeadline(Deadline nearer) {
    Builder b = toBuilder();
    b.deadline = nearer;
    return new TraceContext(b);
  }

  private Builder toBuilder() {
    Builder b = new Builder();
    b.clock = clock;
    b.ticker = ticker;
    b.executor = executor;
    b.scheduler = scheduler;
    b.deadline = deadline;
    b.dialer = dialer;
    b.resolvers = resolvers;
    b.budgets = budgets;
    b.addressSlots = addressSlots;
    b.sockets = sockets;
    b.log = log;
    b.dnsQueriesLeft = dnsQueriesLeft;
    return b;
  }

  public Clock clock() {
    return clock;
  }

  public Executor executor() {
    return executor;
  }

  public Deadline deadline() {
    return deadline;
  }

  /** A deadline of at most {@code step} from now, within the trace's. */
  public Deadline stepDeadline(Duration step) {
    return deadline.atMost(step);
  }

  public Dialer dialer() {
    return dialer;
  }

  public ResolverFactory resolvers() {
    return resolvers;
  }

  public Budgets budgets() {
    return budgets;
  }

  public AddressSlots addressSlots() {
    return addressSlots;
  }

  public SocketRegistry sockets() {
    return sockets;
  }

  public StepLog log() {
    return log;
  }

  /** Takes one DNS question from the budget; false when it is spent. */
  public boolean spendDnsQuery() {
    return dnsQueriesLeft.getAndDecrement() > 0;
  }

  /** Runs {@code work} (which may block on the network) on the executor. */
  public <T> CompletableFuture<T> run(Supplier<T> work) {
    return CompletableFuture.supplyAsync(work, executor);
  }

  /**
   * {@code future}, or {@code fallback} once {@code wait} has passed, whichever comes first. The
   * timer runs on the scheduler, so nothing waits on a thread.
   */
  public <T> CompletableFuture<T> within(
      CompletableFuture<T> future, Duration wait, Supplier<T> fallback) {
    long nanos = Math.max(0, wait.toNanos());
    CompletableFuture<T> result = new CompletableFuture<>();
    var timer =
        scheduler.schedule(() -> result.complete(fallback.get()), nanos, TimeUnit.NANOSECONDS);
    future.whenComplete(
        (value, error) -> {
          timer.cancel(false);
          if (error != null) {
            result.completeExceptionally(error);
          } else {
            result.complete(value);
          }
        });
    return result;
  }

  /** Runs {@code action} once the trace's deadline has passed, unless cancelled first. */
  public java.util.concurrent.ScheduledFuture<?> atDeadline(Runnable action) {
    return scheduler.schedule(action, Math.max(0, deadline.remainingNanos()), TimeUnit.NANOSECONDS);
  }

  public static final class Builder {
    private Clock clock = Clock.systemUTC();
    private LongSupplier ticker = System::nanoTime;
    private Executor executor;
    private ScheduledExecutorService scheduler;
    private Deadline deadline;
    private Dialer dialer = Dialer.direct();
    private ResolverFactory resolvers = ResolverFactory.of(null);
    private Budgets budgets = Budgets.defaults();
    private AddressSlots addressSlots;
    private SocketRegistry sockets;
    private StepLog log;
    private AtomicInteger dnsQueriesLeft;

    public Builder clock(Clock value) {
      this.clock = value;
      return this;
    }

    public Builder ticker(LongSupplier value) {
      this.ticker = value;
      return this;
    }

    public Builder executor(Executor value) {
      this.executor = value;
      return this;
    }

    public Builder scheduler(ScheduledExecutorService value) {
      this.scheduler = value;
      return this;
    }

    public Builder deadline(Deadline value) {
      this.deadline = value;
      return this;
    }

    /** The deadline {@code timeout} from now on the ticker set so far. */
    public Builder timeout(Duration timeout) {
      this.deadline = Deadline.after(timeout, ticker);
      return this;
    }

    public Builder dialer(Dialer value) {
      this.dialer = value;
      return this;
    }

    public Builder resolvers(ResolverFactory value) {
      this.resolvers = value;
      return this;
    }

    public Builder budgets(Budgets value) {
      this.budgets = value;
      return this;
    }

    public Builder addressSlots(AddressSlots value) {
      this.addressSlots = value;
      return this;
    }

    public Builder sockets(SocketRegistry value) {
      this.sockets = value;
      return this;
    }

    public Builder log(StepLog value) {
      this.log = value;
      return this;
    }

    public TraceContext build() {
      return new TraceContext(this);
    }
  }
}
