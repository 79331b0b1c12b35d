package org.mailpath.ui.trace;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import org.mailpath.address.Target;
import org.mailpath.app.TraceService.Outcome;
import org.mailpath.trace.TraceEvent;
import org.mailpath.trace.TraceListener;
import org.mailpath.trace.TraceOptions;

/** A trace runner the test drives by hand: it emits what the test says and finishes when told. */
public final class FakeTraceRunner implements TraceRunner {

  private TraceListener listener;
  private CompletableFuture<Outcome> future;
  private Target lastTarget;
  private int runs;
  private TraceOptions lastOptions;

  @Override
  public CompletableFuture<Outcome> trace(Target target, TraceListener traceListener) {
    lastTarget = target;
    listener = traceListener;
    future = new CompletableFuture<>();
    runs++;
    return future;
  }

  @Override
  public CompletableFuture<Outcome> trace(
      Target target, TraceListener traceListener, UnaryOperator<TraceOptions> adjust) {
    lastOptions = adjust.apply(TraceOptions.defaults());
    return trace(target, traceListener);
  }

  /** The options the last trace's adjustment made of the defaults; null when it made none. */
  public TraceOptions lastOptions() {
    return lastOptions;
  }

  void emit(TraceEvent... events) {
    emit(List.of(events));
  }

  void emit(List<TraceEvent> events) {
    events.forEach(listener::onEvent);
  }

  public TraceListener listener() {
    return listener;
  }

  public void complete(ScriptedTrace trace, Long historyId) {
    future.complete(new Outcome(trace.report(), historyId));
  }

  void fail(RuntimeException error) {
    future.completeExceptionally(error);
  }

  public CompletableFuture<Outcome> future() {
    return future;
  }

  public Target lastTarget() {
    return lastTarget;
  }

  public int runs() {
    return runs;
  }
}
