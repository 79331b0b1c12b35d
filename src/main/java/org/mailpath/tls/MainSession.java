package org.mailpath.tls;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.bouncycastle.tls.ProtocolVersion;
import org.mailpath.context.StepKind;
import org.mailpath.context.StepLog;
import org.mailpath.context.StepStatus;
import org.mailpath.context.TraceContext;
import org.mailpath.finding.Finding;
import org.mailpath.finding.FindingCode;
import org.mailpath.pki.CertificateInfo;
import org.mailpath.pki.CertificateInspector;
import org.mailpath.pki.ChainChecker;
import org.mailpath.pki.ChainFindings;
import org.mailpath.pki.ChainVerdict;
import org.mailpath.pki.TrustStore;
import org.mailpath.smtp.ConnectionPlan;
import org.mailpath.smtp.IoErrors;
import org.mailpath.smtp.SmtpConnection;
import org.mailpath.smtp.SmtpSteps;
import org.mailpath.smtp.StartTlsDialogue;
import org.mailpath.smtp.TranscriptLine;

/**
 * The main session to one MX address, as a sending MTA starts it: the dialogue up to STARTTLS, the
 * TLS handshake offering every version a sender might use, the certificate check, EHLO again and
 * QUIT. Every step is logged and every line transcribed. Blocks on the network.
 */
final class MainSession {

  /** What the first handshake offers: every version a sender might use. */
  static final ProtocolVersion[] OFFERED_VERSIONS =
      ProtocolVersion.TLSv13.downTo(ProtocolVersion.TLSv10);

  /** What the main session showed; {@code tls} is null when STARTTLS was not reached. */
  record Outcome(StartTlsDialogue.Result dialogue, TlsObservation tls, VersionResult negotiated) {}

  private final TraceContext context;
  private final ConnectionPlan plan;
  private final TrustStore trust;
  private final StepLog log;

  MainSession(TraceContext context, ConnectionPlan plan, TrustStore trust) {
    this.context = context;
    this.plan = plan;
    this.trust = trust;
    this.log = context.log();
  }

  Outcome run(java.util.function.Consumer<TranscriptLine> transcript) {
    StartTlsDialogue.Result dialogue = StartTlsDialogue.walk(context, plan, transcript);
    if (!dialogue.readyForTls()) {
      return new Outcome(dialogue, null, null);
    }
    try (SmtpConnection smtp = dialogue.connection()) {
      TlsHandshake.Result handshake = handshake(smtp);
      TlsObservation tls = inspectChain(observation(handshake), handshake);
      if (handshake.established()) {
        smtp.useStreams(
            handshake.protocol().getInputStream(), handshake.protocol().getOutputStream());
        StartTlsDialogue.finish(context, plan, dialogue);
      }
      return new Outcome(dialogue, tls, negotiated(handshake));
    } catch (IOException e) {
      return new Outcome(dialogue, null, null); // closing failed: nothing more to learn
    }
  }

  private TlsHandshake.Result handshake(SmtpConnection smtp) {
    StepLog.Step step = log.start(plan.id(), StepKind.TLS_HANDSHAKE);
    String offered = TlsHandshake.describe(OFFERED_VERSIONS);
    TlsHandshake.Result result;
    try {
      smtp.socket()
          .setSoTimeout(context.stepDeadline(SmtpSteps.STEP_TIMEOUT).remainingMillisOrThrow());
      result =
          TlsHandshake.run(
              smtp.socket().getInputStream(),
              smtp.socket().getOutputStream(),
              OFFERED_VERSIONS,
              serverName(plan));
    } catch (IOException e) {
      result = TlsHandshake.Result.failed(IoErrors.describe(e));
    }
    if (!result.established() && result.breach() == null && context.deadline().expired()) {
      result = result.asTimedOut(); // the trace closed the socket at its deadline
    }
    if (result.established()) {
      smtp.note(
          "TLS established: "
              + result.version()
              + " "
              + result.cipherSuite()
              + (result.group() != null ? " " + result.group() : "")
              + ", EMS "
              + result.extendedMasterSecret());
      step.finish(StepStatus.OK, result.version() + " " + result.cipherSuite());
    } else {
      smtp.note("TLS handshake failed: " + result.failure());
      step.finish(
          result.timedOut() ? StepStatus.INCONCLUSIVE : StepStatus.FAILED, result.failure());
      log.finding(plan.id(), failure(result, offered));
    }
    return result;
  }

  /**
   * A broken bound has a finding of its own; a server that stops answering is slow, not broken (RFC
   * 5321 §4.5.3.2); any other failure is a failed handshake.
   */
  private Finding failure(TlsHandshake.Result result, String offered) {
    HandshakeLimits.Breach breach = result.breach();
    if (result.timedOut()) {
      return FindingCode.CONNECTION_TIMEOUT.raise(
          plan.label(),
          "The server stopped answering during the TLS handshake after STARTTLS, within the"
              + " time mailpath waits (or the trace's deadline). Senders wait up to 5 minutes"
              + " (RFC 5321 §4.5.3.2), so the server is slow rather than refusing; the result is"
              + " inconclusive.",
          "offered " + offered,
          "result: " + result.failure());
    }
    if (breach == null) {
      return FindingCode.TLS_HANDSHAKE_FAILED.raise(
          plan.label(),
          "The TLS handshake after STARTTLS failed: " + result.failure() + ".",
          "offered " + offered,
          "result: " + result.failure());
    }
    return breach
        .code()
        .raise(
            plan.label(),
            "mailpath ended the TLS handshake after STARTTLS: " + breach.summary() + ".",
            "offered " + offered,
            "result: " + breach.summary(),
            "mailpath reads handshake messages up to "
                + HandshakeLimits.MAX_HANDSHAKE_MESSAGE_OCTETS
                + " bytes and chains up to "
                + HandshakeLimits.MAX_CHAIN_LENGTH
                + " certificates");
  }

  /** RFC 6066 §3: SNI carries a host name, never an address literal. */
  static String serverName(ConnectionPlan plan) {
    return plan.mxHost().equals(plan.address()) ? null : plan.mxHost();
  }

  private static TlsObservation observation(TlsHandshake.Result result) {
    String stapling =
        result.established() ? (result.ocspStapled() ? "stapled" : "not stapled") : null;
    return new TlsObservation(
        TlsHandshake.describe(OFFERED_VERSIONS),
        result.established(),
        result.version(),
        result.cipherSuite(),
        result.group(),
        result.extendedMasterSecret(),
        result.failure(),
        List.of(),
        null,
        stapling);
  }

  private static VersionResult negotiated(TlsHandshake.Result result) {
    return result.established()
        ? VersionResult.accepted(
            result.version(), result.cipherSuite(), result.group(), result.extendedMasterSecret())
        : null;
  }

  private TlsObservation inspectChain(TlsObservation tls, TlsHandshake.Result result) {
    HandshakeLimits.Breach breach = result.breach();
    if (breach != null && breach.certificates()) {
      // RFC 8446 §4.4.2: the chain arrives whole in one message, so none of it was checked.
      log.start(plan.id(), StepKind.CERTIFICATE_CHECK)
          .finish(StepStatus.FAILED, "not checked: " + breach.summary());
      return tls;
    }
    if (result.chain().isEmpty()) {
      log.skipped(plan.id(), StepKind.CERTIFICATE_CHECK, "no certificate received");
      return tls;
    }
    StepLog.Step step = log.start(plan.id(), StepKind.CERTIFICATE_CHECK);
    Clock clock = context.clock();
    List<CertificateInfo> chain = CertificateInspector.describe(result.chain());
    ChainVerdict verdict =
        ChainChecker.check(result.chain(), plan.mxHost(), trust, clock.instant());
    var problems = ChainFindings.of(plan.label(), plan.mxHost(), chain, verdict);
    problems.forEach(f -> log.finding(plan.id(), f));
    String summary =
        chain.get(0).subject()
            + (problems.isEmpty() ? ", valid" : ", " + problems.size() + " problem(s)");
    step.finish(problems.isEmpty() ? StepStatus.OK : StepStatus.WARNING, summary);
    return tls.withChain(chain, verdict);
  }
}
