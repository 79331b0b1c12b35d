package org.mailpath.context;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;

/**
 * Politeness towards servers: at most {@code perAddress} connections open to one IP address at a
 * time, whatever names point at it and however many traces share this object (a batch hands one to
 * all its traces). Waiting is asynchronous: {@link #acquire} returns a future that completes when a
 * slot frees, so no thread is held while it waits.
 */
public final class AddressSlots {

  private final int perAddress;
  private final Map<String, Queue<CompletableFuture<Slot>>> waiting = new HashMap<>();
  private final Map<String, Integer> inUse = new HashMap<>();

  public AddressSlots(int perAddress) {
    if (perAddress < 1) {
      throw new IllegalArgumentException("at least one connection per address");
    }
    this.perAddress = perAddress;
  }

  /** A slot for {@code address}, now or when one frees; release it exactly once. */
  public CompletableFuture<Slot> acquire(String address) {
    synchronized (this) {
      int used = inUse.getOrDefault(address, 0);
      if (used < perAddress) {
        inUse.put(address, used + 1);
        return CompletableFuture.completedFuture(new Slot(address));
      }
      CompletableFuture<Slot> later = new CompletableFuture<>();
      waiting.computeIfAbsent(address, a -> new ArrayDeque<>()).add(later);
      return later;
    }
  }

  /** How many connections to {@code address} are open now (for tests and budgets). */
  public synchronized int inUse(String address) {
    return inUse.getOrDefault(address, 0);
  }

  private void release(String address) {
    CompletableFuture<Slot> next;
    synchronized (this) {
      Queue<CompletableFuture<Slot>> queue = waiting.get(address);
      next = queue == null ? null : queue.poll();
      if (queue != null && queue.isEmpty()) {
        waiting.remove(address);
      }
      if (next == null) {
        int left = inUse.getOrDefault(address, 1) - 1;
        if (left == 0) {
          inUse.remove(address);
        } else {
          inUse.put(address, left);
        }
      }
    }
    // Handed over outside the lock: the waiter's continuation may run on this thread.
    if (next != null && !next.complete(new Slot(address))) {
      release(address); // the waiter was cancelled: pass the slot on
    }
  }

  /** One connection's right to be open; closing it lets the next waiter in. */
  public final class Slot implements AutoCloseable {
    private final String address;
    private boolean released;

    private Slot(String address) {
      this.address = address;
    }

    @Override
    public void close() {
      synchronized (this) {
        if (released) {
          return;
        }
        released = true;
      }
      release(address);
    }
  }
}
