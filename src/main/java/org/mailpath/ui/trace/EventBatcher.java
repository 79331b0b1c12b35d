package org.mailpath.ui.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.mailpath.trace.TraceEvent;
import org.mailpath.trace.TraceListener;

/**
 * Moves trace events from worker threads to the FX thread in batches: events are queued, and at
 * most one drain is pending on the FX thread at a time, so a flood of transcript lines costs one
 * FX-thread task per frame or so, not one per line.
 */
final class EventBatcher implements TraceListener {

  private final Queue<TraceEvent> pending = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean drainScheduled = new AtomicBoolean();
  private final Executor fxThread;
  private final Consumer<List<TraceEvent>> sink;

  EventBatcher(Executor fxThread, Consumer<List<TraceEvent>> sink) {
    this.fxThread = fxThread;
    this.sink = sink;
  }

  /** Called on any worker thread. */
  @Override
  public void onEvent(TraceEvent event) {
    pending.add(event);
    if (drainScheduled.compareAndSet(false, true)) {
      fxThread.execute(this::drain);
    }
  }

  /** Called on the FX thread: hands everything queued so far to the sink, in arrival order. */
  void drain() {
    drainScheduled.set(false);
    List<TraceEvent> batch = new ArrayList<>();
    for (TraceEvent event = pending.poll(); event != null; event = pending.poll()) {
      batch.add(event);
    }
    if (!batch.isEmpty()) {
      sink.accept(batch);
    }
  }
}
