package org.mailpath.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.mailpath.address.Target;
import org.mailpath.history.HistoryException;
import org.mailpath.history.HistoryStore;
import org.mailpath.lab.Lab;
import org.mailpath.lab.LabRoute;
import org.mailpath.lab.scenario.AttackMode;
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

  /**
   * A finished trace and what became of it in history.
   *
   * @param report the trace's report, whether or not it was stored
   * @param historyId its id in history, or null when not stored
   * @param notStored why storing was asked for but failed (a sentence), or null
   */
  public record Outcome(TraceReport report, Long historyId, String notStored) {

    /** A trace stored as {@code historyId}, or not asked to be stored (null). */
    public Outcome(TraceReport report, Long historyId) {
      this(report, historyId, null);
    }
  }

  /**
   * Traces {@code target}. Names under {@code .test} go to the lab (started on demand); the session
   * is stored in history unless {@code store} is false.
   */
  public CompletableFuture<Outcome> trace(
      Target target, TraceOptions options, boolean store, TraceListener listener) {
    TraceOptions effective = options;
    if (options.labAttacker() != null && !Lab.covers(target.asciiName())) {
      throw new IllegalArgumentException(
          "the on-path attacker lives in the lab: --attacker works only for names under .test, not "
              + target.asciiName());
    }
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
      if (options.labAttacker() != null) {
        routed.dialer(lab.get().throughAttacker(attackMode(options), options.dialer()));
      }
      effective = routed.build();
    }
    CompletableFuture<TraceReport> running = engine.trace(target, effective, listener);
    CompletableFuture<Outcome> outcome =
        running.thenApply(report -> store ? storeInHistory(report) : new Outcome(report, null));
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

  private static AttackMode attackMode(TraceOptions options) {
    return AttackMode.byFlag(options.labAttacker())
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown attacker \""
                        + options.labAttacker()
                        + "\"; choose one of "
                        + AttackMode.flags()));
  }

  /**
   * Compares the report with the domain's previous session (a changed certificate key is a finding
   * only history can show) and stores it with what that raised; a history that cannot be written
   * (read-only, locked, damaged, not mailpath's) costs the session its place in history, never the
   * result the user waited for. A trace not stored is not compared either: the baseline is the
   * history it joins, and a --no-store or batch trace leaves the history file alone.
   */
  private Outcome storeInHistory(TraceReport report) {
    TraceReport compared = report;
    try (HistoryStore history = HistoryStore.open(historyDatabase)) {
      compared = EarlierSessionCheck.compare(history, report);
      return new Outcome(compared, history.save(compared));
    } catch (HistoryException e) {
      return new Outcome(compared, null, e.getMessage());
    }
  }
}
