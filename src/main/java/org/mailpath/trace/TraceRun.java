package org.mailpath.trace;

import java.io.IOException;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.mailpath.address.Target;
import org.mailpath.bounds.Deadline;
import org.mailpath.dns.DnsClient;
import org.mailpath.dns.DnssecStatus;
import org.mailpath.dns.MxHost;
import org.mailpath.dns.MxResolution;
import org.mailpath.dns.MxResolver;
import org.mailpath.dns.TrustAnchors;
import org.mailpath.exposure.Exposure;
import org.mailpath.exposure.ExposureMatrix;
import org.mailpath.exposure.MxConnection;
import org.mailpath.exposure.TlsAuthentication;
import org.mailpath.pki.TrustStore;

/**
 * One trace in progress: resolves, then probes every MX address at once, under one deadline. When
 * the deadline passes or the caller cancels, every open socket is closed, so no step waits longer
 * than the trace may.
 */
final class TraceRun {

  private static final ScheduledExecutorService WATCHDOG =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "mailpath-deadline");
            t.setDaemon(true);
            return t;
          });

  private final Target target;
  private final TraceOptions options;
  private final Executor executor;
  private final Clock clock;
  private final String toolVersion;
  private final TraceRecorder recorder;
  private final Set<Socket> openSockets = ConcurrentHashMap.newKeySet();
  private volatile boolean aborted;

  TraceRun(
      Target target,
      TraceOptions options,
      TraceListener listener,
      Executor executor,
      Clock clock,
      String toolVersion) {
    this.target = target;
    this.options = options;
    this.executor = executor;
    this.clock = clock;
    this.toolVersion = toolVersion;
    this.recorder = new TraceRecorder(listener, clock);
  }

  CompletableFuture<TraceReport> start() {
    CompletableFuture<TraceReport> result = new CompletableFuture<>();
    Deadline deadline = Deadline.after(options.timeout());
    ScheduledFuture<?> watchdog =
        WATCHDOG.schedule(this::abort, options.timeout().toMillis(), TimeUnit.MILLISECONDS);
    result.whenComplete(
        (report, error) -> {
          watchdog.cancel(false);
          if (result.isCancelled()) {
            abort();
          }
        });
    executor.execute(
        () -> {
          try {
            result.complete(run(deadline));
          } catch (RuntimeException | Error e) {
            result.completeExceptionally(e);
          }
        });
    return result;
  }

  private TraceReport run(Deadline deadline) {
    Instant started = clock.instant();
    long startNanos = System.nanoTime();
    DnsClient dns =
        !options.validatesDnssec()
            ? DnsClient.forServer(options.dnsServer(), deadline)
            : DnsClient.validating(
                options.dnsServer(),
                deadline,
                options.trustAnchors() != null ? options.trustAnchors() : TrustAnchors.root(),
                clock);
    MxResolver resolver = new MxResolver(dns, executor);
    MxResolution resolution = resolve(resolver, dns);
    ResolutionFindings.of(resolution).forEach(f -> recorder.finding(TraceRecorder.DNS_SCOPE, f));
    List<ConnectionPlan> plans = plan(resolution);
    plans.forEach(recorder::planned);
    TrustStore trust = TrustStore.withExtra(options.extraTrustAnchors());
    CompletableFuture<PolicyLookups.Result> lookups =
        startPolicyLookups(dns, trust, deadline, resolution);
    List<CompletableFuture<ConnectionReport>> probes = new ArrayList<>();
    for (ConnectionPlan plan : plans) {
      ConnectionProbe probe =
          new ConnectionProbe(
              plan,
              recorder,
              trust,
              clock,
              deadline,
              this::register,
              executor,
              options.quick(),
              options.deep());
      probes.add(CompletableFuture.supplyAsync(probe::run, executor));
    }
    List<ConnectionReport> connections = probes.stream().map(CompletableFuture::join).toList();
    PortBlockFinding.of(target.asciiName(), connections)
        .ifPresent(f -> recorder.finding(TraceRecorder.DNS_SCOPE, f));
    PolicyEvaluation.Result policy = evaluatePolicy(lookups, resolution, connections);
    ExposureMatrix exposure = exposureOf(connections, policy == null ? null : policy.report());
    return new TraceReport(
        target.input(),
        target.asciiName(),
        options.network(),
        toolVersion,
        started,
        Duration.ofNanos(System.nanoTime() - startNanos),
        resolution,
        recorder.steps(TraceRecorder.DNS_SCOPE),
        connections,
        recorder.allFindings(),
        aborted || deadline.expired(),
        exposure,
        policy == null ? null : policy.report(),
        policy == null ? List.of() : policy.outcomes());
  }

  /** Domain policy lookups run beside the SMTP sessions; none for host targets. */
  private CompletableFuture<PolicyLookups.Result> startPolicyLookups(
      DnsClient dns, TrustStore trust, Deadline deadline, MxResolution resolution) {
    boolean applies =
        resolution.outcome() == MxResolution.Outcome.MX
            || resolution.outcome() == MxResolution.Outcome.IMPLICIT;
    if (!applies) {
      return CompletableFuture.completedFuture(null);
    }
    TraceRecorder.Step step = recorder.start(TraceRecorder.DNS_SCOPE, StepKind.DOMAIN_POLICY);
    PolicyLookups stage =
        new PolicyLookups(dns, trust, clock, deadline, this::register, options.httpsPort());
    return CompletableFuture.supplyAsync(() -> stage.run(resolution), executor)
        .whenComplete(
            (r, e) ->
                step.finish(
                    e == null ? StepStatus.OK : StepStatus.FAILED,
                    e == null ? summarise(r) : String.valueOf(e.getMessage())));
  }

  private static String summarise(PolicyLookups.Result r) {
    long tlsa = r.tlsa().values().stream().filter(t -> !t.records().isEmpty()).count();
    return "MTA-STS "
        + r.stsRecord().status().name().toLowerCase()
        + (r.stsPolicy() != null ? " (" + r.stsPolicy().outcome().name().toLowerCase() + ")" : "")
        + ", TLS-RPT "
        + r.tlsRpt().status().name().toLowerCase()
        + ", TLSA at "
        + tlsa
        + " of "
        + r.tlsa().size()
        + " MX";
  }

  private PolicyEvaluation.Result evaluatePolicy(
      CompletableFuture<PolicyLookups.Result> lookups,
      MxResolution resolution,
      List<ConnectionReport> connections) {
    // A fault in the lookups is recorded on their step; the trace still reports everything else.
    PolicyLookups.Result found = lookups.handle((r, e) -> e == null ? r : null).join();
    if (found == null) {
      return null;
    }
    PolicyEvaluation.Result result =
        PolicyEvaluation.evaluate(found, resolution, connections, clock.instant());
    result.findings().forEach(f -> recorder.finding(TraceRecorder.DNS_SCOPE, f));
    return result;
  }

  /** The exposure of a default message on the traced path; null when no MX host answered. */
  private ExposureMatrix exposureOf(List<ConnectionReport> connections, PolicyReport policy) {
    List<MxConnection> answered =
        connections.stream()
            .filter(c -> c.smtp().connected())
            .map(ConnectionReport::asMxConnection)
            .toList();
    if (answered.isEmpty()) {
      return null;
    }
    String recipient = target instanceof Target.Mailbox mailbox ? mailbox.input() : null;
    return Exposure.forTrace(
        recipient, answered, policy == null ? TlsAuthentication.NONE : policy.enforcedBy());
  }

  private MxResolution resolve(MxResolver resolver, DnsClient dns) {
    if (target instanceof Target.Host host) {
      if (host.ipLiteral()) {
        return new MxResolution(
            host.asciiName(),
            MxResolution.Outcome.DIRECT,
            List.of(
                new MxHost(
                    host.asciiName(),
                    0,
                    List.of(),
                    List.of(host.asciiName()),
                    null,
                    DnssecStatus.UNCHECKED,
                    null)),
            List.of(),
            List.of(),
            dns.serverLabel(),
            null,
            DnssecStatus.UNCHECKED,
            null);
      }
      TraceRecorder.Step step = recorder.start(TraceRecorder.DNS_SCOPE, StepKind.RESOLVE_ADDRESSES);
      MxHost resolved = resolver.addressesOf(host.asciiName(), 0);
      step.finish(
          resolved.addresses().isEmpty() ? StepStatus.FAILED : StepStatus.OK,
          resolved.addresses().isEmpty()
              ? resolved.addressProblem()
              : String.join(", ", resolved.addresses()));
      return new MxResolution(
          host.asciiName(),
          MxResolution.Outcome.DIRECT,
          List.of(resolved),
          List.of(),
          List.of(),
          dns.serverLabel(),
          resolved.addressProblem(),
          resolved.dnssec(),
          resolved.dnssecReason());
    }
    TraceRecorder.Step step = recorder.start(TraceRecorder.DNS_SCOPE, StepKind.RESOLVE_MX);
    MxResolution resolution = resolver.resolve(target.asciiName());
    step.finish(statusOf(resolution), summarise(resolution));
    return resolution;
  }

  private static StepStatus statusOf(MxResolution r) {
    return switch (r.outcome()) {
      case MX, DIRECT ->
          r.hosts().stream().allMatch(h -> !h.addresses().isEmpty())
              ? StepStatus.OK
              : StepStatus.WARNING;
      case IMPLICIT -> StepStatus.WARNING;
      default -> StepStatus.FAILED;
    };
  }

  private static String summarise(MxResolution r) {
    return switch (r.outcome()) {
      case MX ->
          r.hosts().size()
              + " MX: "
              + String.join(
                  ", ",
                  r.hosts().stream()
                      .map(
                          h ->
                              h.name()
                                  + " ("
                                  + h.preference()
                                  + ", "
                                  + h.addresses().size()
                                  + " addr)")
                      .toList());
      case IMPLICIT -> "no MX; implicit MX " + r.domain();
      case NULL_MX -> "null MX: no mail accepted";
      default -> r.outcome() + (r.problem() != null ? ": " + r.problem() : "");
    };
  }

  private List<ConnectionPlan> plan(MxResolution resolution) {
    int port = target instanceof Target.Host host ? host.port() : options.smtpPort();
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

  private void register(Socket socket) {
    openSockets.add(socket);
    if (aborted) {
      closeQuietly(socket);
    }
  }

  private void abort() {
    aborted = true;
    openSockets.forEach(TraceRun::closeQuietly);
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // Closing to stop a read; nothing to do if it fails.
    }
  }
}
