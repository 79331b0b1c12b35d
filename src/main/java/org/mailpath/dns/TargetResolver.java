package org.mailpath.dns;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.mailpath.address.Target;
import org.mailpath.context.StepKind;
import org.mailpath.context.StepLog;
import org.mailpath.context.StepStatus;
import org.mailpath.context.TraceContext;

/**
 * The resolve stage: where mail for a target goes. A domain's MX hosts and their addresses (RFC
 * 5321 §5.1), a host's addresses, or an address literal as it is; logged as steps, with the
 * findings the answers mean for a sender.
 */
public final class TargetResolver {

  private final TraceContext context;
  private final DnsClient dns;
  private final MxResolver resolver;

  private TargetResolver(TraceContext context, DnsClient dns) {
    this.context = context;
    this.dns = dns;
    this.resolver = new MxResolver(dns, context.budgets().mxHosts());
  }

  /**
   * @param trustAnchors DNSSEC trust anchors in zone-file syntax; null for IANA's root anchors;
   *     blank to skip validation
   */
  public static TargetResolver create(TraceContext context, String trustAnchors) {
    DnsClient dns =
        trustAnchors != null && trustAnchors.isBlank()
            ? DnsClient.plain(context)
            : DnsClient.validating(
                context, trustAnchors != null ? trustAnchors : TrustAnchors.root());
    return new TargetResolver(context, dns);
  }

  /** The client the later stages ask (policy records, TLSA), sharing this trace's budget. */
  public DnsClient client() {
    return dns;
  }

  public CompletableFuture<MxResolution> resolve(Target target) {
    CompletableFuture<MxResolution> resolution =
        target instanceof Target.Host host ? resolveHost(host) : resolveDomain(target);
    return resolution.thenApply(
        r -> {
          ResolutionFindings.of(r).forEach(f -> context.log().finding(StepLog.TRACE_SCOPE, f));
          return r;
        });
  }

  private CompletableFuture<MxResolution> resolveDomain(Target target) {
    StepLog.Step step = context.log().start(StepLog.TRACE_SCOPE, StepKind.RESOLVE_MX);
    return resolver
        .resolve(target.asciiName())
        .thenApply(
            r -> {
              step.finish(statusOf(r), ResolutionSummary.of(r));
              return r;
            });
  }

  private CompletableFuture<MxResolution> resolveHost(Target.Host host) {
    if (host.ipLiteral()) {
      MxHost literal =
          new MxHost(
              host.asciiName(),
              0,
              List.of(),
              List.of(host.asciiName()),
              null,
              DnssecStatus.UNCHECKED,
              null);
      return CompletableFuture.completedFuture(
          direct(host, literal, null, DnssecStatus.UNCHECKED, null));
    }
    StepLog.Step step = context.log().start(StepLog.TRACE_SCOPE, StepKind.RESOLVE_ADDRESSES);
    return resolver
        .addressesOf(host.asciiName(), 0)
        .thenApply(
            resolved -> {
              step.finish(
                  resolved.addresses().isEmpty() ? StepStatus.FAILED : StepStatus.OK,
                  resolved.addresses().isEmpty()
                      ? resolved.addressProblem()
                      : String.join(", ", resolved.addresses()));
              return direct(
                  host,
                  resolved,
                  resolved.addressProblem(),
                  resolved.dnssec(),
                  resolved.dnssecReason());
            });
  }

  private MxResolution direct(
      Target.Host host, MxHost only, String problem, DnssecStatus dnssec, String reason) {
    return new MxResolution(
        host.asciiName(),
        MxResolution.Outcome.DIRECT,
        List.of(only),
        List.of(),
        List.of(),
        dns.serverLabel(),
        problem,
        dnssec,
        reason);
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
}
