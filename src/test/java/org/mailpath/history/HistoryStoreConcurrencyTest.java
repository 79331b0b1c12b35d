package org.mailpath.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The window saves from a worker thread while it lists on another. */
class HistoryStoreConcurrencyTest {

  private static final int WRITERS = 4;
  private static final int SAVES_PER_WRITER = 25;

  @TempDir Path dir;

  @Test
  @Timeout(60)
  void save_fromSeveralThreadsWhileListing_keepsEverySession() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
    try (HistoryStore store = HistoryStore.open(dir.resolve("history.db"))) {
      List<Future<List<Long>>> writers = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        writers.add(pool.submit(saves(store)));
      }
      Future<Integer> reader = pool.submit(() -> listUntilDone(store, writers));

      List<Long> ids = new ArrayList<>();
      for (Future<List<Long>> writer : writers) {
        ids.addAll(writer.get());
      }
      reader.get();

      assertThat(ids).doesNotHaveDuplicates().hasSize(WRITERS * SAVES_PER_WRITER);
      assertThat(store.list(HistoryQuery.MAX_LIMIT)).hasSize(WRITERS * SAVES_PER_WRITER);
    } finally {
      pool.shutdownNow();
      pool.awaitTermination(10, TimeUnit.SECONDS);
    }
  }

  @Test
  @Timeout(60)
  void save_twoStoresOnOneFileAtOnce_keepsEverySession() throws Exception {
    // Two stores stand for two processes (the window and a CLI run): SQLite's lock, not ours.
    Path file = dir.resolve("shared.db");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (HistoryStore first = HistoryStore.open(file);
        HistoryStore second = HistoryStore.open(file)) {
      Future<List<Long>> a = pool.submit(saves(first));
      Future<List<Long>> b = pool.submit(saves(second));

      List<Long> ids = new ArrayList<>(a.get());
      ids.addAll(b.get());

      assertThat(ids).doesNotHaveDuplicates();
      assertThat(first.list(HistoryQuery.MAX_LIMIT)).hasSize(2 * SAVES_PER_WRITER);
    } finally {
      pool.shutdownNow();
      pool.awaitTermination(10, TimeUnit.SECONDS);
    }
  }

  private static Callable<List<Long>> saves(HistoryStore store) {
    return () -> {
      List<Long> ids = new ArrayList<>();
      for (int i = 0; i < SAVES_PER_WRITER; i++) {
        ids.add(store.save(SampleReports.full()));
      }
      return ids;
    };
  }

  private static int listUntilDone(HistoryStore store, List<Future<List<Long>>> writers) {
    int rounds = 0;
    while (writers.stream().anyMatch(f -> !f.isDone())) {
      store.list(20);
      rounds++;
    }
    return rounds;
  }
}
