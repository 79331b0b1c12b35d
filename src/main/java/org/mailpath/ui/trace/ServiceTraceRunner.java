package org.mailpath.ui.trace;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.mailpath.address.Target;
import org.mailpath.app.TraceService;
import org.mailpath.app.TraceService.Outcome;
import org.mailpath.trace.TraceListener;
import org.mailpath.trace.TraceOptions;

/**
 * Runs traces through {@link TraceService}. The service call itself is made on the background
 * executor, because routing a {@code .test} name may first start lab servers; cancelling the
 * returned future cancels the service's future. The options are made there too, for each trace, so
 * that saved settings changed since the last trace apply; options that cannot be made fail the
 * trace with their message.
 */
public final class ServiceTraceRunner implements TraceRunner {

  private final TraceService service;
  private final Executor background;
  private final boolean store;
  private final Supplier<TraceOptions> options;

  /** Traces with the default options. */
  public ServiceTraceRunner(TraceService service, Executor background, boolean store) {
    this(service, background, store, TraceOptions::defaults);
  }

  public ServiceTraceRunner(
      TraceService service, Executor background, boolean store, Supplier<TraceOptions> options) {
    this.service = service;
    this.background = background;
    this.store = store;
    this.options = options;
  }

  @Override
  public CompletableFuture<Outcome> trace(Target target, TraceListener listener) {
    return trace(target, listener, UnaryOperator.identity());
  }

  @Override
  public CompletableFuture<Outcome> trace(
      Target target, TraceListener listener, UnaryOperator<TraceOptions> adjust) {
    CompletableFuture<Outcome> result = new CompletableFuture<>();
    background.execute(() -> start(target, listener, adjust, result));
    return result;
  }

  private void start(
      Target target,
      TraceListener listener,
      UnaryOperator<TraceOptions> adjust,
      CompletableFuture<Outcome> result) {
    if (result.isDone()) {
      return; // cancelled before it began
    }
    try {
      CompletableFuture<Outcome> running =
          service.trace(target, adjust.apply(options.get()), store, listener);
      result.whenComplete(
          (outcome, error) -> {
            if (result.isCancelled()) {
              running.cancel(true);
            }
          });
      running.whenComplete(
          (outcome, error) -> {
            if (error != null) {
              result.completeExceptionally(unwrap(error));
            } else {
              result.complete(outcome);
            }
          });
    } catch (RuntimeException e) {
      result.completeExceptionally(e);
    }
  }

  private static Throwable unwrap(Throwable error) {
    return error instanceof CompletionException && error.getCause() != null
        ? error.getCause()
        : error;
  }
}
