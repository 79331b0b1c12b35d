package org.mailpath.trace;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.bouncycastle.tls.ProtocolVersion;
import org.mailpath.bounds.Deadline;
import org.mailpath.finding.FindingCode;
import org.mailpath.pki.CertificateInfo;
import org.mailpath.pki.CertificateInspector;
import org.mailpath.pki.ChainChecker;
import org.mailpath.pki.ChainFindings;
import org.mailpath.pki.ChainVerdict;
import org.mailpath.pki.TrustStore;
import org.mailpath.smtp.EhloCapabilities;
import org.mailpath.smtp.SmtpConnection;
import org.mailpath.smtp.SmtpObservation;
import org.mailpath.smtp.SmtpProtocolException;
import org.mailpath.smtp.SmtpReply;
import org.mailpath.tls.CipherSuiteInfo;
import org.mailpath.tls.TlsHandshake;
import org.mailpath.tls.TlsObservation;
import org.mailpath.tls.TlsVersion;
import org.mailpath.tls.VersionResult;

/**
 * One SMTP session to one MX address, as a sending MTA would start it: connect, greeting, EHLO,
 * STARTTLS, TLS handshake, EHLO again, QUIT (RFC 5321 §3, RFC 3207 §4). Never MAIL, RCPT or DATA.
 */
final class ConnectionProbe {

  // RFC 5321 §4.5.3.2 allows 5 minutes for the greeting and EHLO; a diagnostic tool waits less,
  // and the trace's overall deadline bounds every step anyway.
  static final Duration STEP_TIMEOUT = Duration.ofSeconds(30);

  /** QUIT is a courtesy: do not wait long for 221. */
  static final Duration QUIT_TIMEOUT = Duration.ofSeconds(3);

  /** What the first handshake offers: every version a sender might use. */
  /** How long after the deadline the sweep may take to report its closed sockets. */
  static final Duration SWEEP_GRACE = Duration.ofSeconds(2);

  static final ProtocolVersion[] OFFERED_VERSIONS =
      ProtocolVersion.TLSv13.downTo(ProtocolVersion.TLSv10);

  private final ConnectionPlan plan;
  private final TraceRecorder recorder;
  private final TrustStore trust;
  private final Clock clock;
  private final Deadline deadline;
  private final Consumer<Socket> socketRegistry;
  private final Executor executor;
  private final boolean quick;
  private final boolean deep;
  private final String scope;
  private final Semaphore slots = new Semaphore(VersionSweep.CONNECTIONS_PER_ADDRESS, true);
  private final CompletableFuture<VersionResult> mainSession = new CompletableFuture<>();

  // What the session observed so far (single-threaded within one probe).
  private String greeting;
  private int greetingCode;
  private boolean ehloAccepted;
  private List<String> capabilities = List.of();
  private boolean starttlsOffered;
  private String starttlsReply;
  private List<String> capabilitiesAfterTls = List.of();
  private TlsObservation tls;
  private boolean connected;

  ConnectionProbe(
      ConnectionPlan plan,
      TraceRecorder recorder,
      TrustStore trust,
      Clock clock,
      Deadline deadline,
      Consumer<Socket> socketRegistry,
      Executor executor,
      boolean quick,
      boolean deep) {
    this.plan = plan;
    this.recorder = recorder;
    this.trust = trust;
    this.clock = clock;
    this.deadline = deadline;
    this.socketRegistry = socketRegistry;
    this.executor = executor;
    this.quick = quick;
    this.deep = deep;
    this.scope = plan.id();
  }

  ConnectionReport run() {
    slots.acquireUninterruptibly(); // the main session's slot first: the sweep must not starve it
    TraceRecorder.Step sweepStep = quick ? null : recorder.start(scope, StepKind.VERSION_SWEEP);
    CompletableFuture<List<VersionResult>> sweep =
        quick
            ? CompletableFuture.completedFuture(notTested("--quick: no version sweep"))
            : new VersionSweep(plan, executor, clock, deadline, socketRegistry, slots, mainSession)
                .start();
    try {
      SmtpConnection smtp = connect();
      if (smtp != null) {
        try (smtp) {
          converse(smtp);
        } catch (IOException e) {
          // Closing failed: nothing left to learn from this connection.
        }
      }
    } finally {
      slots.release();
      mainSession.complete(null);
    }
    List<VersionResult> versions = awaitSweep(sweep);
    if (sweepStep != null) {
      sweepStep.finish(StepStatus.OK, VersionSweep.summarise(versions));
    }
    TlsVersionFindings.of(plan.label(), tls, versions).forEach(f -> recorder.finding(scope, f));
    List<CipherSuiteInfo> suites = deep && acceptsTls12(versions) ? enumerateSuites() : List.of();
    return new ConnectionReport(
        plan,
        recorder.steps(scope),
        recorder.transcript(scope),
        new SmtpObservation(
            connected,
            greeting,
            greetingCode,
            ehloAccepted,
            capabilities,
            starttlsOffered,
            starttlsReply,
            capabilitiesAfterTls),
        tls,
        versions,
        suites,
        recorder.findings(scope));
  }

  /** Enumerate unless STARTTLS was never reached or the sweep saw TLS 1.2 refused. */
  private boolean acceptsTls12(List<VersionResult> versions) {
    boolean refused =
        versions.stream()
            .anyMatch(
                v -> v.version().equals("TLSv1.2") && v.status() == VersionResult.Status.REFUSED);
    return tls != null && !refused;
  }

  private List<CipherSuiteInfo> enumerateSuites() {
    TraceRecorder.Step step = recorder.start(scope, StepKind.CIPHER_SUITES);
    List<CipherSuiteInfo> suites =
        new CipherEnumeration(plan, clock, deadline, socketRegistry, slots).run();
    step.finish(
        suites.isEmpty() ? StepStatus.WARNING : StepStatus.OK,
        suites.size() + " TLS 1.2 suites accepted");
    CipherFindings.of(plan.label(), suites).forEach(f -> recorder.finding(scope, f));
    return suites;
  }

  private List<VersionResult> awaitSweep(CompletableFuture<List<VersionResult>> sweep) {
    try {
      // The sweep's sockets are closed by the trace's watchdog at the deadline; the grace lets
      // them report that.
      return sweep.get(deadline.remainingNanos() + SWEEP_GRACE.toNanos(), TimeUnit.NANOSECONDS);
    } catch (ExecutionException | TimeoutException e) {
      return notTested("sweep did not finish within the deadline");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return notTested("interrupted");
    }
  }

  private static List<VersionResult> notTested(String why) {
    return Arrays.stream(TlsVersion.values()).map(v -> VersionResult.notTested(v, why)).toList();
  }

  private SmtpConnection connect() {
    TraceRecorder.Step step = recorder.start(scope, StepKind.CONNECT);
    try {
      InetSocketAddress address =
          new InetSocketAddress(InetAddress.getByName(plan.address()), plan.port());
      SmtpConnection smtp =
          SmtpConnection.open(
              address,
              deadline.atMost(STEP_TIMEOUT),
              clock,
              line -> recorder.transcript(scope, line),
              socketRegistry);
      connected = true;
      smtp.note("connected to " + plan.address() + " port " + plan.port());
      step.finish(StepStatus.OK, "connected");
      return smtp;
    } catch (ConnectException e) {
      step.finish(StepStatus.FAILED, "refused");
      finding(
          FindingCode.CONNECTION_REFUSED,
          "Connection to " + plan.address() + " port " + plan.port() + " was refused.",
          String.valueOf(e.getMessage()));
    } catch (IOException e) {
      step.finish(StepStatus.FAILED, "no answer");
      finding(
          FindingCode.CONNECTION_TIMEOUT,
          "No TCP connection to "
              + plan.address()
              + " port "
              + plan.port()
              + " within the deadline.",
          describe(e));
    }
    return null;
  }

  private void converse(SmtpConnection smtp) {
    if (!readGreeting(smtp) || !sayEhlo(smtp, StepKind.EHLO, false)) {
      return;
    }
    if (!starttlsOffered) {
      recorder.skipped(scope, StepKind.STARTTLS, "not offered");
      finding(
          FindingCode.STARTTLS_NOT_SUPPORTED,
          "The EHLO reply does not list STARTTLS.",
          capabilities.stream().map(c -> "250-" + c).toList());
      quit(smtp);
      return;
    }
    if (!startTls(smtp)) {
      return;
    }
    TlsHandshake.Result handshake = handshake(smtp);
    inspectChain(handshake);
    if (handshake.established()) {
      smtp.useStreams(
          handshake.protocol().getInputStream(), handshake.protocol().getOutputStream());
      if (sayEhlo(smtp, StepKind.EHLO_AFTER_TLS, true)) {
        quit(smtp);
      }
    }
  }

  private boolean readGreeting(SmtpConnection smtp) {
    TraceRecorder.Step step = recorder.start(scope, StepKind.GREETING);
    try {
      SmtpReply reply = smtp.readReply(deadline.atMost(STEP_TIMEOUT));
      greeting = reply.text();
      greetingCode = reply.code();
      // RFC 5321 §4.3.2: the greeting is 220, or 554 (no service); 4xx means come back later.
      if (reply.code() == 220) {
        step.finish(StepStatus.OK, reply.toString());
        return true;
      }
      step.finish(StepStatus.FAILED, reply.toString());
      finding(
          reply.isPermanentFailure()
              ? FindingCode.SMTP_PERMANENT_FAILURE
              : FindingCode.SMTP_TEMPORARY_FAILURE,
          "The server greeted with " + reply.code() + " instead of 220.",
          "S: " + reply);
      quit(smtp);
    } catch (IOException e) {
      failRead(step, "greeting", e);
    }
    return false;
  }

  /** EHLO, falling back to HELO when EHLO is rejected (RFC 5321 §3.2, §4.1.4). */
  private boolean sayEhlo(SmtpConnection smtp, StepKind kind, boolean afterTls) {
    TraceRecorder.Step step = recorder.start(scope, kind);
    String name = "[" + smtp.socket().getLocalAddress().getHostAddress() + "]";
    try {
      SmtpReply reply = smtp.command("EHLO " + name, deadline.atMost(STEP_TIMEOUT));
      if (reply.isPositive()) {
        List<String> caps = EhloCapabilities.of(reply);
        if (afterTls) {
          capabilitiesAfterTls = caps;
        } else {
          ehloAccepted = true;
          capabilities = caps;
          starttlsOffered = EhloCapabilities.offers(caps, "STARTTLS");
        }
        step.finish(
            StepStatus.OK,
            caps.size()
                + " extensions"
                + (afterTls ? "" : starttlsOffered ? ", STARTTLS offered" : ", no STARTTLS"));
        return true;
      }
      if (reply.isTransientFailure() || afterTls) {
        step.finish(StepStatus.FAILED, reply.toString());
        finding(
            FindingCode.SMTP_TEMPORARY_FAILURE,
            "EHLO was answered with " + reply.code() + ".",
            "S: " + reply);
        quit(smtp);
        return false;
      }
      SmtpReply helo = smtp.command("HELO " + name, deadline.atMost(STEP_TIMEOUT));
      if (!helo.isPositive()) {
        step.finish(StepStatus.FAILED, "EHLO and HELO rejected");
        finding(
            FindingCode.SMTP_TEMPORARY_FAILURE,
            "Both EHLO and HELO were rejected.",
            "S: " + reply,
            "S: " + helo);
        quit(smtp);
        return false;
      }
      step.finish(StepStatus.WARNING, "EHLO rejected, HELO accepted: no extensions");
      return true;
    } catch (IOException e) {
      failRead(step, kind.label(), e);
      return false;
    }
  }

  private boolean startTls(SmtpConnection smtp) {
    TraceRecorder.Step step = recorder.start(scope, StepKind.STARTTLS);
    try {
      SmtpReply reply = smtp.command("STARTTLS", deadline.atMost(STEP_TIMEOUT));
      starttlsReply = reply.toString();
      // RFC 3207 §4: 220 means go ahead; 454 is "TLS not available due to temporary reason".
      if (reply.code() == 220) {
        step.finish(StepStatus.OK, reply.toString());
        return true;
      }
      step.finish(StepStatus.FAILED, reply.toString());
      finding(
          reply.isTransientFailure()
              ? FindingCode.SMTP_TEMPORARY_FAILURE
              : FindingCode.TLS_HANDSHAKE_FAILED,
          "STARTTLS was offered but answered with " + reply.code() + ".",
          "S: " + reply);
      quit(smtp);
    } catch (IOException e) {
      failRead(step, "STARTTLS", e);
    }
    return false;
  }

  private TlsHandshake.Result handshake(SmtpConnection smtp) {
    TraceRecorder.Step step = recorder.start(scope, StepKind.TLS_HANDSHAKE);
    String offered = TlsHandshake.describe(OFFERED_VERSIONS);
    TlsHandshake.Result result;
    try {
      smtp.socket().setSoTimeout(deadline.atMost(STEP_TIMEOUT).remainingMillisOrThrow());
      String sni = plan.mxHost().equals(plan.address()) ? null : plan.mxHost();
      result =
          TlsHandshake.run(
              smtp.socket().getInputStream(),
              smtp.socket().getOutputStream(),
              OFFERED_VERSIONS,
              sni);
    } catch (IOException e) {
      result =
          new TlsHandshake.Result(
              null, null, null, null, null, describe(e), List.of(), false, null);
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
      mainSession.complete(
          new VersionResult(
              result.version(),
              VersionResult.Status.ACCEPTED,
              result.cipherSuite(),
              result.group(),
              result.extendedMasterSecret(),
              null));
    } else {
      smtp.note("TLS handshake failed: " + result.failure());
      step.finish(StepStatus.FAILED, result.failure());
      finding(
          FindingCode.TLS_HANDSHAKE_FAILED,
          "The TLS handshake after STARTTLS failed: " + result.failure() + ".",
          "offered " + offered,
          "result: " + result.failure());
    }
    String stapling =
        result.established() ? (result.ocspStapled() ? "stapled" : "not stapled") : null;
    tls =
        new TlsObservation(
            offered,
            result.established(),
            result.version(),
            result.cipherSuite(),
            result.group(),
            result.extendedMasterSecret(),
            result.failure(),
            List.of(),
            null,
            stapling);
    return result;
  }

  private void inspectChain(TlsHandshake.Result result) {
    if (result.chain().isEmpty()) {
      recorder.skipped(scope, StepKind.CERTIFICATE_CHECK, "no certificate received");
      return;
    }
    TraceRecorder.Step step = recorder.start(scope, StepKind.CERTIFICATE_CHECK);
    List<CertificateInfo> chain = CertificateInspector.describe(result.chain());
    ChainVerdict verdict =
        ChainChecker.check(result.chain(), plan.mxHost(), trust, clock.instant());
    var problems = ChainFindings.of(plan.label(), plan.mxHost(), chain, verdict);
    problems.forEach(f -> recorder.finding(scope, f));
    tls =
        new TlsObservation(
            tls.offered(),
            tls.established(),
            tls.version(),
            tls.cipherSuite(),
            tls.keyExchangeGroup(),
            tls.extendedMasterSecret(),
            tls.failure(),
            chain,
            verdict,
            tls.ocspStapling());
    String summary =
        chain.get(0).subject()
            + (problems.isEmpty() ? ", valid" : ", " + problems.size() + " problem(s)");
    step.finish(problems.isEmpty() ? StepStatus.OK : StepStatus.WARNING, summary);
  }

  private void quit(SmtpConnection smtp) {
    TraceRecorder.Step step = recorder.start(scope, StepKind.QUIT);
    try {
      SmtpReply reply = smtp.command("QUIT", deadline.atMost(QUIT_TIMEOUT));
      step.finish(StepStatus.OK, reply.toString());
    } catch (IOException e) {
      step.finish(StepStatus.WARNING, "no reply to QUIT: " + describe(e));
    }
  }

  private void failRead(TraceRecorder.Step step, String what, IOException e) {
    step.finish(StepStatus.FAILED, describe(e));
    if (e instanceof SmtpProtocolException) {
      finding(
          FindingCode.SMTP_PROTOCOL_ERROR,
          "The " + what + " reply was not valid SMTP: " + e.getMessage() + ".",
          e.getMessage());
    } else if (e instanceof SocketTimeoutException || deadline.expired()) {
      finding(
          FindingCode.CONNECTION_TIMEOUT,
          "The server did not complete its " + what + " reply in time.",
          describe(e));
    } else {
      finding(
          FindingCode.SMTP_TEMPORARY_FAILURE,
          "The connection ended during the " + what + " step: " + describe(e) + ".",
          describe(e));
    }
  }

  private void finding(FindingCode code, String detail, String... evidence) {
    recorder.finding(scope, code.raise(plan.label(), detail, evidence));
  }

  private void finding(FindingCode code, String detail, List<String> evidence) {
    recorder.finding(scope, code.raise(plan.label(), detail, evidence));
  }

  private static String describe(IOException e) {
    if (e instanceof EOFException) {
      return "connection closed by the server";
    }
    if (e instanceof SocketTimeoutException) {
      return "timed out";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
