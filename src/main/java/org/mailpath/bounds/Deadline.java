package org.mailpath.bounds;

import java.net.SocketTimeoutException;
import java.time.Duration;

/** A point in time after which no more waiting is allowed; measured on the monotonic clock. */
public final class Deadline {

  private final long expiresAtNanos;

  private Deadline(long expiresAtNanos) {
    this.expiresAtNanos = expiresAtNanos;
  }

  public static Deadline after(Duration duration) {
    return new Deadline(System.nanoTime() + duration.toNanos());
  }

  /** The earlier of this deadline and {@code duration} from now. */
  public Deadline atMost(Duration duration) {
    return new Deadline(Math.min(expiresAtNanos, System.nanoTime() + duration.toNanos()));
  }

  public boolean expired() {
    return remainingNanos() <= 0;
  }

  public long remainingNanos() {
    return expiresAtNanos - System.nanoTime();
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
