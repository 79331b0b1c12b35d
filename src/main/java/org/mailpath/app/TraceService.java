package org.mailpath.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.mailpath.address.Target;
import org.mailpath.history.HistoryStore;
import org.mailpath.lab.Lab;
import org.mailpath.lab.LabRoute;
import org.mailpath.trace.TraceEngine;
import org.mailpath.trace.TraceListener;
import org.mailpath.trace.TraceOptions;
import org.mailpath.trace.TraceReport;

/**
 * What the faces (CLI, window) call to trace: routes {@code .test} targets to the lab, runs the
 * engine and keeps the session in history. The composition root of a trace.
 */
public final class TraceService {

  private final TraceEngine engine;
  private final Supplier<Lab> lab;
  private final Path historyDatabase;

  public TraceService(Executor executor, Clock clock, Supplier<Lab> lab, Path historyDatabase) {
    this.engine =
        TraceEngine.builder()
            .executor(executor)
            .clock(clock)
            .toolVersion(Version.current())
            .build();
    this.lab = lab;
    this.historyDatabase = historyDatabase;
  }

  /** A finished trace and, when stored, its history id. */
  public record Outcome(TraceReport report, Long historyId) {}

  /**
   * Traces {@code target}. Names under {@code .test} go to the lab (started on demand); the session
   * is stored in history unless {@code store} is false.
   */
  public CompletableFuture<Outcome> trace(
      Target target, TraceOptions options, boolean store, TraceListener listener) {
    TraceOptions effective = options;
    if (Lab.covers(target.asciiName())) {
      LabRoute route = lab.get().prepare(target.asciiName());
      List<java.security.cert.X509Certificate> anchors =
          new ArrayList<>(options.extraTrustAnchors());
      anchors.addAll(route.trustAnchors());
      TraceOptions.Builder routed =
          options.toBuilder()
              .network("lab")
              .dnsServer(options.dnsServer() != null ? options.dnsServer() : route.dnsServer())
              .smtpPort(
                  options.smtpPort() != TraceOptions.SMTP_PORT
                      ? options.smtpPort()
                      : route.smtpPort())
              .extraTrustAnchors(anchors);
      if (options.httpsPort() == TraceOptions.HTTPS_PORT && route.httpsPort() != 0) {
        routed.httpsPort(route.httpsPort());
      }
      if (options.trustAnchors() == null) {
        if (route.dnssecTrustAnchors() == null) {
          routed.withoutDnssecValidation();
        } else {
          routed.trustAnchors(route.dnssecTrustAnchors());
        }
      }
      effective = routed.build();
    }
    CompletableFuture<TraceReport> running = engine.trace(target, effective, listener);
    CompletableFuture<Outcome> outcome =
        running.thenApply(report -> new Outcome(report, store ? storeInHistory(report) : null));
    // Cancelling what the caller holds cancels the engine's run: its sockets close at once and
    // nothing is stored.
    outcome.whenComplete(
        (r, e) -> {
          if (outcome.isCancelled()) {
            running.cancel(true);
          }
        });
    return outcome;
  }

  private Long storeInHistory(TraceReport report) {
    try (HistoryStore history = HistoryStore.open(historyDatabase)) {
      return history.save(report);
    }
  }
}
