package org.mailpath.ui.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mailpath.smtp.TranscriptLine;
import org.mailpath.smtp.TranscriptLine.Direction;
import org.mailpath.trace.TraceEvent;

class EventBatcherTest {

  /** Stands for the FX thread: holds submitted tasks until the test runs them. */
  private final Queue<Runnable> fxTasks = new ArrayDeque<>();

  private final List<List<TraceEvent>> batches = new ArrayList<>();
  private final EventBatcher batcher = new EventBatcher(fxTasks::add, batches::add);

  @Test
  void onEvent_floodBeforeTheFxThreadRuns_schedulesOneDrain() {
    for (int i = 0; i < 1000; i++) {
      batcher.onEvent(line("250-LINE " + i));
    }

    assertThat(fxTasks).hasSize(1);
  }

  @Test
  void drain_queuedEvents_deliversThemAsOneBatchInArrivalOrder() {
    batcher.onEvent(line("first"));
    batcher.onEvent(line("second"));

    runFxTasks();

    assertThat(batches).hasSize(1);
    assertThat(batches.get(0)).containsExactly(line("first"), line("second"));
  }

  @Test
  void onEvent_afterADrain_schedulesTheNextDrain() {
    batcher.onEvent(line("first"));
    runFxTasks();

    batcher.onEvent(line("second"));

    assertThat(fxTasks).hasSize(1);
  }

  @Test
  void onEvent_fromManyWorkerThreads_deliversEveryEventExactlyOnce() throws Exception {
    List<TraceEvent> delivered = java.util.Collections.synchronizedList(new ArrayList<>());
    ExecutorService fxThread = Executors.newSingleThreadExecutor();
    EventBatcher concurrent = new EventBatcher(fxThread, delivered::addAll);
    ExecutorService workers = Executors.newFixedThreadPool(4);
    CountDownLatch done = new CountDownLatch(4);
    for (int w = 0; w < 4; w++) {
      int worker = w;
      workers.execute(
          () -> {
            for (int i = 0; i < 2500; i++) {
              concurrent.onEvent(line(worker + ":" + i));
            }
            done.countDown();
          });
    }
    done.await(10, TimeUnit.SECONDS);
    fxThread.submit(concurrent::drain).get(10, TimeUnit.SECONDS);
    workers.shutdown();
    fxThread.shutdown();

    assertThat(delivered).hasSize(10_000).doesNotHaveDuplicates();
  }

  private void runFxTasks() {
    for (Runnable task = fxTasks.poll(); task != null; task = fxTasks.poll()) {
      task.run();
    }
  }

  private static TraceEvent line(String text) {
    return new TraceEvent.TranscriptAppended(
        "c1", new TranscriptLine(Instant.EPOCH, Direction.SERVER, text));
  }
}
