package org.mailpath.lab.net;

import java.io.Closeable;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * One thread per connection, from a pool with a hard cap: Java 17 has no virtual threads, and an
 * unbounded pool would let a flood of connections exhaust the machine. When the cap is reached, a
 * new connection is closed at once instead of queued.
 */
public final class ConnectionPool implements AutoCloseable {

  /** Idle pool threads end after this long, so an idle lab costs no threads. */
  private static final long IDLE_THREAD_SECONDS = 30;

  private final ThreadPoolExecutor executor;
  private final Set<Closeable> open = ConcurrentHashMap.newKeySet();

  /**
   * @param name prefix of the thread names, for thread dumps
   * @param maxConnections connections served at once; more are refused
   */
  public ConnectionPool(String name, int maxConnections) {
    this.executor =
        new ThreadPoolExecutor(
            0,
            maxConnections,
            IDLE_THREAD_SECONDS,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            daemonThreads(name),
            new ThreadPoolExecutor.AbortPolicy());
  }

  /**
   * Runs {@code work} on its own thread, or closes {@code connection} if the pool is full. The
   * connection stays registered until the work ends, so that {@link #close} can cut it.
   */
  public void serve(Closeable connection, Runnable work) {
    open.add(connection);
    try {
      executor.execute(
          () -> {
            try {
              work.run();
            } finally {
              open.remove(connection);
            }
          });
    } catch (RejectedExecutionException full) {
      open.remove(connection);
      closeQuietly(connection);
    }
  }

  /**
   * Accepts connections on {@code listener} on a daemon thread of its own, handing each to {@code
   * accepted}, until {@code closed} says so; one failed accept does not stop the others.
   */
  public static Thread acceptUntilClosed(
      String threadName, ServerSocket listener, BooleanSupplier closed, Consumer<Socket> accepted) {
    return startLoop(
        threadName,
        () -> {
          while (!closed.getAsBoolean()) {
            Socket connection;
            try {
              connection = listener.accept();
            } catch (IOException e) {
              if (closed.getAsBoolean()) {
                return;
              }
              continue; // a connection that failed while being accepted; keep the others
            }
            accepted.accept(connection);
          }
        });
  }

  /** Starts a long-running loop (an accept loop) on a daemon thread of its own. */
  public static Thread startLoop(String threadName, Runnable loop) {
    Thread thread = new Thread(loop, threadName);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  public static void closeQuietly(Closeable closeable) {
    try {
      closeable.close();
    } catch (IOException ignored) {
      // closing is best effort: the peer may already be gone
    }
  }

  /** Stops the pool and closes every connection still being served: blocked reads end at once. */
  @Override
  public void close() {
    executor.shutdownNow();
    open.forEach(ConnectionPool::closeQuietly);
    open.clear();
  }

  private static ThreadFactory daemonThreads(String name) {
    AtomicInteger counter = new AtomicInteger();
    return work -> {
      Thread thread = new Thread(work, name + "-" + counter.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
