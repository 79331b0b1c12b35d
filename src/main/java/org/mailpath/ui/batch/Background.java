package org.mailpath.ui.batch;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/** Runs work on the background executor and hands its result, or failure, to the FX thread. */
final class Background {

  interface Work<T> {
    T run() throws Exception;
  }

  interface Done<T> {
    void accept(T value, Throwable error);
  }

  private final Executor background;
  private final Executor fxThread;

  Background(Executor background, Executor fxThread) {
    this.background = background;
    this.fxThread = fxThread;
  }

  <T> void run(Work<T> work, Done<T> done) {
    CompletableFuture.supplyAsync(
            () -> {
              try {
                return work.run();
              } catch (RuntimeException e) {
                throw e;
              } catch (Exception e) {
                throw new CompletionException(e);
              }
            },
            background)
        .whenComplete((value, error) -> fxThread.execute(() -> done.accept(value, error)));
  }

  Executor fxThread() {
    return fxThread;
  }

  /** The innermost message of a failure, for a one-line problem. */
  static String messageOf(Throwable error) {
    Throwable cause = error;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
  }
}
