package org.mailpath.trace;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.mailpath.context.StepRecord;
import org.mailpath.dns.MxResolution;
import org.mailpath.exposure.ExposureMatrix;
import org.mailpath.finding.Finding;
import org.mailpath.finding.Severity;
import org.mailpath.policy.PolicyReport;
import org.mailpath.policy.senders.SenderOutcome;

/**
 * The immutable result of one trace: what every consumer (CLI, window, history, report) reads.
 *
 * @param target the target as typed
 * @param domain the domain (A-label) or host traced
 * @param network "lab" for {@code .test} targets, "internet" otherwise
 * @param toolVersion mailpath's version
 * @param started when the trace started
 * @param duration how long the whole trace took
 * @param resolution the MX resolution (outcome DIRECT for host targets)
 * @param steps the trace-wide steps (DNS), with durations
 * @param connections one per MX address, in preference order
 * @param findings every finding of the trace, including those of the connections
 * @param cancelled the user cancelled or the deadline passed before the trace finished
 * @param exposure who can read which part of a default message (S/MIME, no header protection) on
 *     the traced path, or null when no MX host answered
 * @param policy what the domain asks senders to enforce (MTA-STS, TLS-RPT, DANE, REQUIRETLS), or
 *     null for host targets
 * @param outcomes what each kind of sender would do with a message to this domain
 * @param route how the trace's connections left this machine: "direct", or e.g. "SOCKS5 proxy
 *     127.0.0.1:1080" (the dialer's description); "direct" for sessions stored before it was kept
 */
public record TraceReport(
    String target,
    String domain,
    String network,
    String toolVersion,
    Instant started,
    Duration duration,
    MxResolution resolution,
    List<StepRecord> steps,
    List<ConnectionReport> connections,
    List<Finding> findings,
    boolean cancelled,
    ExposureMatrix exposure,
    PolicyReport policy,
    List<SenderOutcome> outcomes,
    String route) {

  /** What a report says when its connections went out directly. */
  public static final String DIRECT = "direct";

  public TraceReport {
    route = route == null || route.isBlank() ? DIRECT : route;
    steps = List.copyOf(steps);
    connections = List.copyOf(connections);
    findings = List.copyOf(findings);
    outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
  }

  /** A report of a direct trace (the form before the route was recorded). */
  public TraceReport(
      String target,
      String domain,
      String network,
      String toolVersion,
      Instant started,
      Duration duration,
      MxResolution resolution,
      List<StepRecord> steps,
      List<ConnectionReport> connections,
      List<Finding> findings,
      boolean cancelled,
      ExposureMatrix exposure,
      PolicyReport policy,
      List<SenderOutcome> outcomes) {
    this(
        target,
        domain,
        network,
        toolVersion,
        started,
        duration,
        resolution,
        steps,
        connections,
        findings,
        cancelled,
        exposure,
        policy,
        outcomes,
        DIRECT);
  }

  /** A report without the later stages' sections (for reports built by hand). */
  public TraceReport(
      String target,
      String domain,
      String network,
      String toolVersion,
      Instant started,
      Duration duration,
      MxResolution resolution,
      List<StepRecord> steps,
      List<ConnectionReport> connections,
      List<Finding> findings,
      boolean cancelled) {
    this(
        target,
        domain,
        network,
        toolVersion,
        started,
        duration,
        resolution,
        steps,
        connections,
        findings,
        cancelled,
        null,
        null,
        List.of());
  }

  /**
   * This report with findings raised after the trace (e.g. against earlier sessions in history)
   * added: to the trace's findings, and to the findings of the connection each one is about (its
   * subject is the connection's label), as the engine does with its own.
   */
  public TraceReport withExtraFindings(List<Finding> extra) {
    if (extra.isEmpty()) {
      return this;
    }
    List<ConnectionReport> withTheirs =
        connections.stream().map(c -> c.withExtraFindings(extra)).toList();
    List<Finding> all = new ArrayList<>(findings);
    all.addAll(extra);
    return new TraceReport(
        target,
        domain,
        network,
        toolVersion,
        started,
        duration,
        resolution,
        steps,
        withTheirs,
        all,
        cancelled,
        exposure,
        policy,
        outcomes,
        route);
  }

  /** The trace went through a proxy or tunnel rather than directly. */
  public boolean proxied() {
    return !DIRECT.equals(route);
  }

  /**
   * The first EHLO reply line of the first server that answered: where the server tells it, the
   * address it saw this trace come from. Null when no server answered EHLO.
   */
  public String seenBy() {
    return connections.stream()
        .map(c -> c.smtp().ehloGreeting())
        .filter(line -> line != null)
        .findFirst()
        .orElse(null);
  }

  /** The worst severity among the findings (PASS when there are none). */
  public Severity worstSeverity() {
    return Severity.worst(findings.stream().map(Finding::severity).toList());
  }
}
