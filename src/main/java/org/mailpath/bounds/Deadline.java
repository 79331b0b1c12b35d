package org.mailpath.bounds;

import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A point in time after which no more waiting is allowed, measured on a monotonic ticker
 * (nanoseconds, {@link System#nanoTime()} unless a test injects its own, so deadline tests need no
 * sleeping).
 */
public final class Deadline {

  private final long expiresAtNanos;
  private final LongSupplier ticker;

  private Deadline(long expiresAtNanos, LongSupplier ticker) {
    this.expiresAtNanos = expiresAtNanos;
    this.ticker = ticker;
  }

  public static Deadline after(Duration duration) {
    return after(duration, System::nanoTime);
  }

  /** {@code duration} from now on {@code ticker}. */
  public static Deadline after(Duration duration, LongSupplier ticker) {
    return new Deadline(ticker.getAsLong() + duration.toNanos(), ticker);
  }

  /** The earlier of this deadline and {@code duration} from now. */
  public Deadline atMost(Duration duration) {
    return new Deadline(Math.min(expiresAtNanos, ticker.getAsLong() + duration.toNanos()), ticker);
  }

  public boolean expired() {
    return remainingNanos() <= 0;
  }

  public long remainingNanos() {
    return expiresAtNanos - ticker.getAsLong();
  }

  /** Milliseconds left, at least 1, for socket timeouts; throws if none are left. */
  public int remainingMillisOrThrow() throws SocketTimeoutException {
    long nanos = remainingNanos();
    if (nanos <= 0) {
      throw new SocketTimeoutException("deadline reached");
    }
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, nanos / 1_000_000));
  }
}
