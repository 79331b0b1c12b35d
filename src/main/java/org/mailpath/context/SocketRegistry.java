package org.mailpath.context;

import java.io.Closeable;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every socket a trace opens, so that cancelling the trace or passing its deadline closes them all
 * at once: a blocked read then fails at once instead of waiting out its timeout ("cancel means
 * cancel").
 */
public final class SocketRegistry {

  private final Set<Closeable> open = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  /** Remembers {@code socket}; closes it at once when the registry is already closed. */
  public void register(Closeable socket) {
    open.add(socket);
    if (closed) {
      closeQuietly(socket);
    }
  }

  /** Closes every socket registered so far and every one registered later. */
  public void closeAll() {
    closed = true;
    open.forEach(SocketRegistry::closeQuietly);
  }

  public boolean isClosed() {
    return closed;
  }

  private static void closeQuietly(Closeable socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // Closing to stop a read; nothing to do if it fails.
    }
  }
}
