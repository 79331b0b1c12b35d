package org.mailpath.policy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.mailpath.context.StepKind;
import org.mailpath.context.StepLog;
import org.mailpath.context.StepStatus;
import org.mailpath.context.TraceContext;
import org.mailpath.dns.DnsClient;
import org.mailpath.dns.MxResolution;
import org.mailpath.pki.TrustStore;
import org.mailpath.policy.senders.SenderLineup;
import org.mailpath.tls.ProbeResult;

/**
 * The evaluate stage: what the domain asks senders to enforce (MTA-STS, TLS-RPT, DANE, REQUIRETLS)
 * and what each kind of sender would then do. Its lookups run beside the SMTP sessions; its
 * evaluation waits for them.
 */
public final class PolicyStage {

  private final TraceContext context;
  private final SenderLineup lineup;

  public PolicyStage(TraceContext context) {
    this(context, SenderLineup.ALL);
  }

  /** {@code lineup}: the senders whose outcomes are predicted. */
  public PolicyStage(TraceContext context, SenderLineup lineup) {
    this.context = context;
    this.lineup = lineup;
  }

  /** The lookups for a domain target, logged as one step; none (null) for host targets. */
  public CompletableFuture<PolicyLookups.Result> lookups(
      DnsClient dns, TrustStore trust, int httpsPort, MxResolution resolution) {
    boolean applies =
        resolution.outcome() == MxResolution.Outcome.MX
            || resolution.outcome() == MxResolution.Outcome.IMPLICIT;
    if (!applies) {
      return CompletableFuture.completedFuture(null);
    }
    StepLog.Step step = context.log().start(StepLog.TRACE_SCOPE, StepKind.DOMAIN_POLICY);
    return new PolicyLookups(context, dns, trust, httpsPort)
        .run(resolution)
        .whenComplete(
            (r, e) ->
                step.finish(
                    e == null ? StepStatus.OK : StepStatus.FAILED,
                    e == null ? summarise(r) : String.valueOf(e.getMessage())))
        // A fault in the lookups is recorded on their step; the trace still reports the rest.
        .handle((r, e) -> e == null ? r : null);
  }

  /** Evaluates the lookups against the sessions; null when there were no lookups. */
  public PolicyEvaluation.Result evaluate(
      PolicyLookups.Result lookups, MxResolution resolution, List<ProbeResult> connections) {
    if (lookups == null) {
      // A host traced directly still gets the sender table, without domain policy.
      return new PolicyEvaluation.Result(
          null, PolicyEvaluation.directOutcomes(resolution, connections, lineup), List.of());
    }
    PolicyEvaluation.Result result =
        PolicyEvaluation.evaluate(
            lookups, resolution, connections, context.clock().instant(), lineup);
    result.findings().forEach(f -> context.log().finding(StepLog.TRACE_SCOPE, f));
    return result;
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
}
