package org.mailpath.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailpath.address.TargetParser;
import org.mailpath.history.HistoryStore;
import org.mailpath.trace.TraceListener;
import org.mailpath.trace.TraceOptions;

class TraceServiceCancelTest {

  private final ExecutorService executor = Executors.newCachedThreadPool();
  @TempDir Path home;

  @AfterEach
  void stop() {
    executor.shutdownNow();
  }

  @Test
  void cancel_outcomeFuture_closesTheEnginesSocketsAndStoresNothing() throws Exception {
    CountDownLatch clientGone = new CountDownLatch(1);
    try (ServerSocket tarpit = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
      Thread server =
          new Thread(
              () -> {
                try (Socket s = tarpit.accept()) {
                  while (s.getInputStream().read() >= 0) {
                    // never greet; wait for the client to leave
                  }
                } catch (Exception e) {
                  // reset also means gone
                }
                clientGone.countDown();
              });
      server.setDaemon(true);
      server.start();
      Path db = home.resolve("history.db");
      TraceService service = new TraceService(executor, Clock.systemUTC(), () -> null, db);
      var outcome =
          service.trace(
              TargetParser.parse("[127.0.0.1]:" + tarpit.getLocalPort()),
              TraceOptions.builder().timeout(Duration.ofSeconds(60)).quick(true).build(),
              true,
              TraceListener.NONE);
      Thread.sleep(500);

      outcome.cancel(true);

      assertThat(clientGone.await(10, TimeUnit.SECONDS))
          .as("the engine closed its socket")
          .isTrue();
      Thread.sleep(300);
      if (Files.exists(db)) {
        try (HistoryStore history = HistoryStore.open(db)) {
          assertThat(history.list(10)).isEmpty();
        }
      }
    }
  }
}
