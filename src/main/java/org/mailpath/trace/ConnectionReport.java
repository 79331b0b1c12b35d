package org.mailpath.trace;

import java.util.ArrayList;
import java.util.List;
import org.mailpath.context.StepKind;
import org.mailpath.context.StepRecord;
import org.mailpath.exposure.MxConnection;
import org.mailpath.finding.Finding;
import org.mailpath.finding.Severity;
import org.mailpath.smtp.ConnectionPlan;
import org.mailpath.smtp.SmtpObservation;
import org.mailpath.smtp.TranscriptLine;
import org.mailpath.tls.CipherSuiteInfo;
import org.mailpath.tls.ProbeResult;
import org.mailpath.tls.TlsObservation;
import org.mailpath.tls.VersionResult;

/**
 * Everything one connection to one MX address showed.
 *
 * @param plan which host, address and port
 * @param steps the steps of this connection, in order, with durations
 * @param transcript every line each way, with timestamps
 * @param smtp the SMTP facts
 * @param tls the TLS facts, or null when STARTTLS was not reached
 * @param versions one entry per TLS version offered alone (the version sweep), oldest first
 * @param tls12CipherSuites the TLS 1.2 suites accepted, in the server's order (--deep; else empty)
 * @param findings findings about this connection
 */
public record ConnectionReport(
    ConnectionPlan plan,
    List<StepRecord> steps,
    List<TranscriptLine> transcript,
    SmtpObservation smtp,
    TlsObservation tls,
    List<VersionResult> versions,
    List<CipherSuiteInfo> tls12CipherSuites,
    List<Finding> findings) {

  public ConnectionReport {
    steps = List.copyOf(steps);
    transcript = List.copyOf(transcript);
    versions = versions == null ? List.of() : List.copyOf(versions);
    tls12CipherSuites = tls12CipherSuites == null ? List.of() : List.copyOf(tls12CipherSuites);
    findings = List.copyOf(findings);
  }

  /** The report of one probed address: what it showed, with the steps and lines recorded. */
  static ConnectionReport of(ProbeResult probe, TraceRecorder recorder) {
    String scope = probe.plan().id();
    return new ConnectionReport(
        probe.plan(),
        recorder.steps(scope),
        recorder.transcript(scope),
        probe.smtp(),
        probe.tls(),
        probe.versions(),
        probe.tls12CipherSuites(),
        recorder.findings(scope));
  }

  /** This connection with those of {@code extra} whose subject is its label added. */
  ConnectionReport withExtraFindings(List<Finding> extra) {
    List<Finding> about = extra.stream().filter(f -> plan.label().equals(f.subject())).toList();
    if (about.isEmpty()) {
      return this;
    }
    List<Finding> all = new ArrayList<>(findings);
    all.addAll(about);
    return new ConnectionReport(
        plan, steps, transcript, smtp, tls, versions, tls12CipherSuites, all);
  }

  /**
   * Whether the dialogue got far enough to learn if STARTTLS is offered: EHLO was answered, or HELO
   * after a refused EHLO (RFC 3207 §4: STARTTLS is listed in the EHLO reply). When it is false, a
   * greeting, EHLO or connection failure ended the session first: STARTTLS was not reached, which
   * says nothing about whether the server offers it.
   */
  public boolean starttlsReached() {
    return smtp != null
        && smtp.connected()
        && (smtp.ehloAccepted()
            || smtp.starttlsOffered()
            || steps.stream().anyMatch(s -> s.kind() == StepKind.STARTTLS));
  }

  /** The worst severity among this connection's findings (PASS when there are none). */
  public Severity worstSeverity() {
    return Severity.worst(findings.stream().map(Finding::severity).toList());
  }

  /**
   * Whether this host could not be judged: its worst finding blames nothing on it (a timeout, a
   * 4xx, a blocked network, a failing proxy), so a sender would retry it (RFC 5321 §4.5.4.1).
   */
  public boolean inconclusive() {
    return worstSeverity() == Severity.INCONCLUSIVE;
  }

  /** What the exposure stage needs of this connection. */
  public MxConnection asMxConnection() {
    return new MxConnection(plan.mxHost(), plan.preference(), smtp, tls);
  }
}
