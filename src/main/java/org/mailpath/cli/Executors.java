package org.mailpath.cli;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/** The worker pool a command runs traces on: daemon threads, so a finished command exits. */
final class Executors {
  private Executors() {}

  static ExecutorService daemonPool() {
    AtomicInteger n = new AtomicInteger();
    return java.util.concurrent.Executors.newCachedThreadPool(
        r -> {
          Thread t = new Thread(r, "mailpath-trace-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }
}
