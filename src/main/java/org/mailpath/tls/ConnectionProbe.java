package org.mailpath.tls;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.mailpath.context.AddressSlots;
import org.mailpath.context.StepKind;
import org.mailpath.context.StepLog;
import org.mailpath.context.StepStatus;
import org.mailpath.context.TraceContext;
import org.mailpath.pki.TrustStore;
import org.mailpath.smtp.ConnectionPlan;
import org.mailpath.smtp.TranscriptLine;

/**
 * Everything mailpath asks of one MX address: the main session (transcribed), the version sweep
 * beside it and, with --deep, the TLS 1.2 suites; with the findings on versions and suites. The
 * main session takes its connection slot first, so that the sweep cannot starve it.
 */
public final class ConnectionProbe {

  /** How long after the deadline the sweep may take to report its closed sockets. */
  static final Duration SWEEP_GRACE = Duration.ofSeconds(2);

  private final TraceContext context;
  private final ConnectionPlan plan;
  private final TrustStore trust;
  private final StepLog log;

  private ConnectionProbe(TraceContext context, ConnectionPlan plan, TrustStore trust) {
    this.context = context;
    this.plan = plan;
    this.trust = trust;
    this.log = context.log();
  }

  /** Probes {@code plan}'s address; the future completes when every session has ended. */
  public static CompletableFuture<ProbeResult> probe(
      TraceContext context,
      ConnectionPlan plan,
      TrustStore trust,
      boolean quick,
      boolean deep,
      Consumer<TranscriptLine> transcript) {
    return new ConnectionProbe(context, plan, trust).run(quick, deep, transcript);
  }

  private CompletableFuture<ProbeResult> run(
      boolean quick, boolean deep, Consumer<TranscriptLine> transcript) {
    CompletableFuture<AddressSlots.Slot> mainSlot = context.addressSlots().acquire(plan.address());
    CompletableFuture<VersionResult> negotiated = new CompletableFuture<>();
    CompletableFuture<MainSession.Outcome> main =
        mainSlot.thenComposeAsync(
            slot -> {
              CompletableFuture<MainSession.Outcome> session =
                  context.run(() -> new MainSession(context, plan, trust).run(transcript));
              session.whenComplete(
                  (outcome, error) -> {
                    slot.close();
                    negotiated.complete(outcome == null ? null : outcome.negotiated());
                  });
              return session;
            },
            context.executor());
    StepLog.Step sweepStep = quick ? null : log.start(plan.id(), StepKind.VERSION_SWEEP);
    VersionSweep versionSweep = new VersionSweep(context, plan, negotiated);
    CompletableFuture<List<VersionResult>> sweep =
        quick
            ? CompletableFuture.completedFuture(notTested("--quick: no version sweep"))
            : mainSlot.thenCompose(slot -> boundedSweep(versionSweep));
    return main.thenCombine(
            sweep,
            (session, versions) -> {
              StartTlsConsistency.of(
                      plan.label(),
                      session.dialogue(),
                      versionSweep.starttlsLost(),
                      versionSweep.starttlsGranted())
                  .ifPresent(f -> log.finding(plan.id(), f));
              return finishSweep(sweepStep, session, versions);
            })
        .thenCompose(result -> deep && acceptsTls12(result) ? withSuites(result) : done(result));
  }

  private CompletableFuture<List<VersionResult>> boundedSweep(VersionSweep versionSweep) {
    // The sweep's sockets are closed by the trace at the deadline; the grace lets them say so.
    Duration wait = Duration.ofNanos(Math.max(0, context.deadline().remainingNanos()));
    return context.within(
        versionSweep.start(),
        wait.plus(SWEEP_GRACE),
        () -> notTested("sweep did not finish within the deadline"));
  }

  private ProbeResult finishSweep(
      StepLog.Step sweepStep, MainSession.Outcome session, List<VersionResult> versions) {
    if (sweepStep != null) {
      sweepStep.finish(StepStatus.OK, VersionSweep.summarise(versions));
    }
    TlsVersionFindings.of(plan.label(), session.tls(), versions)
        .forEach(f -> log.finding(plan.id(), f));
    var facts = session.dialogue().facts();
    return new ProbeResult(
        plan, facts.connect(), facts.observation(), session.tls(), versions, List.of());
  }

  /** Enumerate unless STARTTLS was never reached or the sweep saw TLS 1.2 refused. */
  private static boolean acceptsTls12(ProbeResult result) {
    boolean refused =
        result.versions().stream()
            .anyMatch(
                v -> v.version().equals("TLSv1.2") && v.status() == VersionResult.Status.REFUSED);
    return result.tls() != null && !refused;
  }

  private CompletableFuture<ProbeResult> withSuites(ProbeResult result) {
    StepLog.Step step = log.start(plan.id(), StepKind.CIPHER_SUITES);
    return new CipherEnumeration(context, plan)
        .run()
        .thenApply(
            suites -> {
              step.finish(
                  suites.isEmpty() ? StepStatus.WARNING : StepStatus.OK,
                  suites.size() + " TLS 1.2 suites accepted");
              CipherFindings.of(plan.label(), suites).forEach(f -> log.finding(plan.id(), f));
              return new ProbeResult(
                  result.plan(),
                  result.connect(),
                  result.smtp(),
                  result.tls(),
                  result.versions(),
                  suites);
            });
  }

  private static CompletableFuture<ProbeResult> done(ProbeResult result) {
    return CompletableFuture.completedFuture(result);
  }

  private static List<VersionResult> notTested(String why) {
    return Arrays.stream(TlsVersion.values()).map(v -> VersionResult.notTested(v, why)).toList();
  }
}
