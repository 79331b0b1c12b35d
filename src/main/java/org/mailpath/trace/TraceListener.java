package org.mailpath.trace;

/**
 * Receives a trace's events. Called on the trace's worker threads, possibly from several at once:
 * implementations must be thread-safe and quick (hand work to another thread).
 */
@FunctionalInterface
public interface TraceListener {
  void onEvent(TraceEvent event);

  TraceListener NONE = event -> {};
}
