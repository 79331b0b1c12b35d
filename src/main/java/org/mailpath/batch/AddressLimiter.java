package org.mailpath.batch;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Politeness shared by a whole batch: at most {@code perAddress} holders of one server address at a
 * time, whichever targets share it. A holder takes all its addresses at once or waits, so two
 * holders can never each hold one address the other waits for (no deadlock).
 *
 * <p>The batch gates whole traces with one permit per address: a trace already keeps its own
 * connections to one address to two at a time, so one trace per address keeps the batch within two
 * connections per address. Once the engine accepts a shared limiter (the TraceContext), the same
 * class can gate single connections instead.
 */
public final class AddressLimiter {

  private final int perAddress;
  private final Map<String, Integer> held = new HashMap<>();

  public AddressLimiter(int perAddress) {
    if (perAddress < 1) {
      throw new IllegalArgumentException("at least one holder per address: " + perAddress);
    }
    this.perAddress = perAddress;
  }

  /** What {@link #acquire} returns: closing it gives the addresses back. */
  public interface Lease extends AutoCloseable {
    @Override
    void close();
  }

  /** Waits until every one of {@code addresses} has room, then holds them all. */
  public Lease acquire(Collection<String> addresses) throws InterruptedException {
    Set<String> keys = new TreeSet<>(addresses);
    synchronized (this) {
      while (!keys.stream().allMatch(k -> held.getOrDefault(k, 0) < perAddress)) {
        wait();
      }
      keys.forEach(k -> held.merge(k, 1, Integer::sum));
    }
    return () -> release(keys);
  }

  /** How many holders {@code address} has now. */
  public synchronized int holders(String address) {
    return held.getOrDefault(address, 0);
  }

  private synchronized void release(Set<String> keys) {
    for (String k : keys) {
      held.computeIfPresent(k, (key, n) -> n == 1 ? null : n - 1);
    }
    notifyAll();
  }
}
