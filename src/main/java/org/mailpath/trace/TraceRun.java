package org.mailpath.trace;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.function.LongSupplier;
import org.mailpath.address.Target;
import org.mailpath.context.StepLog;
import org.mailpath.context.TraceContext;
import org.mailpath.dns.MxHost;
import org.mailpath.dns.MxResolution;
import org.mailpath.dns.TargetResolver;
import org.mailpath.exposure.Exposure;
import org.mailpath.exposure.ExposureMatrix;
import org.mailpath.exposure.MxConnection;
import org.mailpath.pki.TrustStore;
import org.mailpath.policy.PolicyEvaluation;
import org.mailpath.policy.PolicyLookups;
import org.mailpath.policy.PolicyReport;
import org.mailpath.policy.PolicyStage;
import org.mailpath.policy.TlsAuthentication;
import org.mailpath.smtp.ConnectionPlan;
import org.mailpath.smtp.PortBlockFinding;
import org.mailpath.tls.ConnectionProbe;
import org.mailpath.tls.ProbeResult;

/**
 * One trace in progress, as a chain of the stages' futures: resolve, then probe every MX address at
 * once beside the policy lookups, then evaluate and explain. It holds no protocol rule of its own.
 * When the deadline passes or the caller cancels, every open socket is closed, so no step waits
 * longer than the trace may.
 */
final class TraceRun {

  private final Target target;
  private final TraceOptions options;
  private final TraceContext context;
  private final TraceRecorder recorder;
  private final LongSupplier ticker;
  private final String toolVersion;

  TraceRun(
      Target target,
      TraceOptions options,
      TraceContext.Builder context,
      TraceRecorder recorder,
      LongSupplier ticker,
      String toolVersion) {
    this.target = target;
    this.options = options;
    this.recorder = recorder;
    this.ticker = ticker;
    this.toolVersion = toolVersion;
    this.context =
        context
            .ticker(ticker)
            .timeout(options.timeout())
            .dialer(options.dialer())
            .resolvers(options.resolverFactory())
            .addressSlots(options.addressSlots())
            .log(recorder)
            .build();
  }

  CompletableFuture<TraceReport> start() {
    Instant started = context.clock().instant();
    long startNanos = ticker.getAsLong();
    CompletableFuture<TraceReport> result = new CompletableFuture<>();
    ScheduledFuture<?> watchdog = context.atDeadline(context.sockets()::closeAll);
    result.whenComplete(
        (report, error) -> {
          watchdog.cancel(false);
          if (result.isCancelled()) {
            context.sockets().closeAll();
          }
        });
    context
        .run(() -> TargetResolver.create(context, options.trustAnchors()))
        .thenCompose(
            resolver ->
                resolver
                    .resolve(target)
                    .thenCompose(resolution -> probeAndEvaluate(resolver, resolution)))
        .thenApply(stages -> report(stages, started, startNanos))
        .whenComplete(
            (report, error) -> {
              if (error != null) {
                result.completeExceptionally(error);
              } else {
                result.complete(report);
              }
            });
    return result;
  }

  /** What the stages after resolution produced. */
  private record Stages(
      MxResolution resolution,
      List<ProbeResult> probes,
      PolicyEvaluation.Result policy,
      ExposureMatrix exposure) {}

  private CompletableFuture<Stages> probeAndEvaluate(
      TargetResolver resolver, MxResolution resolution) {
    List<ConnectionPlan> plans = plan(resolution);
    plans.forEach(recorder::planned);
    TrustStore trust = TrustStore.withExtra(options.extraTrustAnchors());
    PolicyStage policy = new PolicyStage(context, options.senders());
    CompletableFuture<PolicyLookups.Result> lookups =
        policy.lookups(resolver.client(), trust, options.httpsPort(), resolution);
    List<CompletableFuture<ProbeResult>> probes = new ArrayList<>();
    for (ConnectionPlan plan : plans) {
      probes.add(
          ConnectionProbe.probe(
              context,
              plan,
              trust,
              options.quick(),
              options.deep(),
              line -> recorder.transcript(plan.id(), line)));
    }
    return CompletableFuture.allOf(probes.toArray(CompletableFuture[]::new))
        .thenCombine(
            lookups,
            (done, found) -> {
              List<ProbeResult> probed = probes.stream().map(CompletableFuture::join).toList();
              PortBlockFinding.of(
                      target.asciiName(),
                      probed.stream()
                          .map(p -> new PortBlockFinding.Attempt(p.plan(), p.connect()))
                          .toList())
                  .ifPresent(f -> recorder.finding(StepLog.TRACE_SCOPE, f));
              PolicyEvaluation.Result evaluated = policy.evaluate(found, resolution, probed);
              return new Stages(
                  resolution,
                  probed,
                  evaluated,
                  exposureOf(probed, evaluated == null ? null : evaluated.report()));
            });
  }

  private TraceReport report(Stages stages, Instant started, long startNanos) {
    PolicyEvaluation.Result policy = stages.policy();
    return new TraceReport(
        target.input(),
        target.asciiName(),
        options.network(),
        toolVersion,
        started,
        Duration.ofNanos(ticker.getAsLong() - startNanos),
        stages.resolution(),
        recorder.steps(StepLog.TRACE_SCOPE),
        stages.probes().stream().map(p -> ConnectionReport.of(p, recorder)).toList(),
        recorder.allFindings(),
        context.sockets().isClosed() || context.deadline().expired(),
        stages.exposure(),
        policy == null ? null : policy.report(),
        policy == null ? List.of() : policy.outcomes(),
        options.dialer().description());
  }

  /** The exposure of a default message on the traced path; null when no MX host answered. */
  private ExposureMatrix exposureOf(List<ProbeResult> probes, PolicyReport policy) {
    List<MxConnection> answered =
        probes.stream()
            .filter(p -> p.smtp().connected())
            .map(
                p ->
                    new MxConnection(
                        p.plan().mxHost(),
                        p.plan().preference(),
                        p.smtp(),
                        p.tls(),
                        policy != null && policy.authenticationFails(p.plan().id(), p.tls())))
            .toList();
    if (answered.isEmpty()) {
      return null;
    }
    String recipient = target instanceof Target.Mailbox mailbox ? mailbox.input() : null;
    return Exposure.forTrace(
        recipient, answered, policy == null ? TlsAuthentication.NONE : policy.enforcedBy());
  }

  private List<ConnectionPlan> plan(MxResolution resolution) {
    int port =
        target instanceof Target.Host host ? host.portOr(options.smtpPort()) : options.smtpPort();
    List<ConnectionPlan> plans = new ArrayList<>();
    for (MxHost host : resolution.hosts()) {
      for (String address : host.addresses()) {
        plans.add(
            new ConnectionPlan(
                "c" + (plans.size() + 1), host.name(), host.preference(), address, port));
      }
    }
    return plans;
  }
}
