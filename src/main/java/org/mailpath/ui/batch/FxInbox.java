package org.mailpath.ui.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import org.mailpath.batch.BatchProgress;

/**
 * Carries rows and progress from the workers to the FX thread, coalesced: however fast results
 * arrive, at most one hand-over waits on the FX thread at a time, and it takes everything queued so
 * far with the latest progress.
 */
final class FxInbox {

  private final Executor fxThread;
  private final BiConsumer<List<BatchRow>, BatchProgress> deliver;
  private final Queue<BatchRow> rows = new ConcurrentLinkedQueue<>();
  private final AtomicReference<BatchProgress> progress = new AtomicReference<>();
  private final AtomicBoolean scheduled = new AtomicBoolean();

  FxInbox(Executor fxThread, BiConsumer<List<BatchRow>, BatchProgress> deliver) {
    this.fxThread = fxThread;
    this.deliver = deliver;
  }

  /** From any thread. */
  void add(BatchRow row) {
    rows.add(row);
    schedule();
  }

  /** From any thread. */
  void progress(BatchProgress now) {
    progress.set(now);
    schedule();
  }

  private void schedule() {
    if (scheduled.compareAndSet(false, true)) {
      fxThread.execute(this::drain);
    }
  }

  private void drain() {
    scheduled.set(false); // anything added from here on schedules another hand-over
    List<BatchRow> taken = new ArrayList<>();
    for (BatchRow row = rows.poll(); row != null; row = rows.poll()) {
      taken.add(row);
    }
    deliver.accept(taken, progress.getAndSet(null));
  }
}
