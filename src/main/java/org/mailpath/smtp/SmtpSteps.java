package org.mailpath.smtp;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.mailpath.context.StepKind;
import org.mailpath.context.StepLog;
import org.mailpath.context.StepStatus;
import org.mailpath.context.TraceContext;
import org.mailpath.context.proxy.ProxyException;
import org.mailpath.finding.FindingCode;
import org.mailpath.finding.Severity;

/**
 * The steps of one SMTP session as a sending MTA takes them (RFC 5321 §3, RFC 3207 §4), each logged
 * with its outcome and the findings it raises. Never MAIL, RCPT or DATA.
 */
public final class SmtpSteps {

  // RFC 5321 §4.5.3.2 allows 5 minutes for the greeting and EHLO; a diagnostic tool waits less,
  // and the trace's overall deadline bounds every step anyway.
  public static final Duration STEP_TIMEOUT = Duration.ofSeconds(30);

  /** QUIT is a courtesy: do not wait long for 221. */
  static final Duration QUIT_TIMEOUT = Duration.ofSeconds(3);

  private final TraceContext context;
  private final ConnectionPlan plan;
  private final DialogueFacts facts;
  private final StepLog log;

  SmtpSteps(TraceContext context, ConnectionPlan plan, DialogueFacts facts) {
    this.context = context;
    this.plan = plan;
    this.facts = facts;
    this.log = context.log();
  }

  SmtpConnection connect(Consumer<TranscriptLine> transcript) {
    StepLog.Step step = log.start(plan.id(), StepKind.CONNECT);
    try {
      InetSocketAddress address =
          new InetSocketAddress(InetAddress.getByName(plan.address()), plan.port());
      SmtpConnection smtp =
          SmtpConnection.open(
              context.dialer(),
              address,
              context.stepDeadline(STEP_TIMEOUT),
              context.clock(),
              transcript,
              context.sockets());
      facts.connect = ConnectOutcome.CONNECTED;
      smtp.note("connected to " + plan.address() + " port " + plan.port());
      step.finish(StepStatus.OK, "connected");
      return smtp;
    } catch (ProxyException e) {
      // The proxy failed, not the server: say so, and blame nothing on the server.
      facts.connect = ConnectOutcome.PROXY_FAILED;
      fail(
          step,
          "proxy failed",
          ProxyFailures.code(e.kind()),
          e.getMessage(),
          "through " + context.dialer().description() + ": " + e.getMessage());
    } catch (ConnectException e) {
      facts.connect = ConnectOutcome.REFUSED;
      fail(
          step,
          "refused",
          FindingCode.CONNECTION_REFUSED,
          "Connection to " + plan.address() + " port " + plan.port() + " was refused.",
          IoErrors.describe(e));
    } catch (IOException e) {
      if (context.sockets().isClosed() && !context.deadline().expired()) {
        facts.connect = ConnectOutcome.TIMED_OUT;
        step.finish(StepStatus.CANCELLED, "cancelled");
        return null;
      }
      if (!(e instanceof SocketTimeoutException) && !context.deadline().expired()) {
        // RFC 5321 §4.2.1 treats a dropped connection like a 4yz: come back later.
        facts.connect = ConnectOutcome.RESET;
        fail(
            step,
            "reset",
            FindingCode.SMTP_TEMPORARY_FAILURE,
            "The connection to %s port %d failed as it opened: %s."
                .formatted(plan.address(), plan.port(), IoErrors.describe(e)),
            IoErrors.describe(e));
        return null;
      }
      facts.connect = ConnectOutcome.TIMED_OUT;
      fail(
          step,
          "no answer",
          FindingCode.CONNECTION_TIMEOUT,
          "No TCP connection to "
              + plan.address()
              + " port "
              + plan.port()
              + " within the deadline."
              + PortBlockFinding.likelyCause(plan.port()),
          IoErrors.describe(e));
    }
    return null;
  }

  boolean readGreeting(SmtpConnection smtp) {
    StepLog.Step step = log.start(plan.id(), StepKind.GREETING);
    try {
      SmtpReply reply = smtp.readReply(context.stepDeadline(STEP_TIMEOUT));
      facts.greeting = reply.text();
      facts.greetingCode = reply.code();
      // RFC 5321 §4.3.2: the greeting is 220, or 554 (no service); 4xx means come back later.
      if (reply.code() == 220) {
        step.finish(StepStatus.OK, reply.toString());
        return true;
      }
      fail(
          step,
          reply.toString(),
          reply.rejection(),
          "The server greeted with " + reply.code() + " instead of 220.",
          "S: " + reply);
      quit(smtp);
    } catch (IOException e) {
      failRead(step, "greeting", e);
    }
    return false;
  }

  /** EHLO, falling back to HELO when EHLO is rejected (RFC 5321 §3.2, §4.1.4). */
  boolean sayEhlo(SmtpConnection smtp, StepKind kind, boolean afterTls) {
    StepLog.Step step = log.start(plan.id(), kind);
    String name = EhloName.literalOf(smtp.socket().getLocalAddress());
    try {
      SmtpReply reply = smtp.command("EHLO " + name, context.stepDeadline(STEP_TIMEOUT));
      if (reply.isHelloAccepted()) {
        List<String> caps = EhloCapabilities.of(reply);
        if (afterTls) {
          facts.capabilitiesAfterTls = caps;
        } else {
          facts.ehloAccepted = true;
          facts.capabilities = caps;
          // RFC 5321 §4.1.1.1: the first line names the server and often greets the client by
          // the address it saw, which shows where a proxied trace came from.
          facts.ehloGreeting = reply.lines().isEmpty() ? null : reply.lines().get(0);
          facts.starttlsOffered = EhloCapabilities.offers(caps, "STARTTLS");
        }
        step.finish(
            StepStatus.OK,
            caps.size()
                + " extensions"
                + (afterTls ? "" : facts.starttlsOffered ? ", STARTTLS offered" : ", no STARTTLS"));
        return true;
      }
      // RFC 5321 §3.2: a client whose EHLO is refused with 5yz (e.g. 500, 502) may fall back to
      // HELO. A 4yz means "come back later", and any other reply is not an answer to EHLO.
      if (!reply.isPermanentFailure() || afterTls) {
        fail(
            step,
            reply.toString(),
            reply.rejection(),
            "EHLO was answered with " + reply.code() + " instead of 250.",
            "S: " + reply);
        quit(smtp);
        return false;
      }
      SmtpReply helo = smtp.command("HELO " + name, context.stepDeadline(STEP_TIMEOUT));
      if (!helo.isHelloAccepted()) {
        fail(
            step,
            "EHLO and HELO rejected",
            helo.rejection(),
            "EHLO was answered with "
                + reply.code()
                + " and HELO with "
                + helo.code()
                + " instead of 250.",
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

  boolean startTls(SmtpConnection smtp) {
    StepLog.Step step = log.start(plan.id(), StepKind.STARTTLS);
    try {
      SmtpReply reply = smtp.command("STARTTLS", context.stepDeadline(STEP_TIMEOUT));
      facts.starttlsReply = reply.toString();
      // RFC 3207 §4: 220 means go ahead; 454 is "TLS not available due to temporary reason".
      if (reply.code() == 220) {
        step.finish(StepStatus.OK, reply.toString());
        return true;
      }
      fail(
          step,
          reply.toString(),
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

  void starttlsNotOffered(SmtpConnection smtp) {
    log.skipped(plan.id(), StepKind.STARTTLS, "not offered");
    finding(
        FindingCode.STARTTLS_NOT_SUPPORTED,
        "The EHLO reply does not list STARTTLS.",
        facts.capabilities.stream().map(c -> "250-" + c).toList());
    quit(smtp);
  }

  void quit(SmtpConnection smtp) {
    StepLog.Step step = log.start(plan.id(), StepKind.QUIT);
    try {
      SmtpReply reply = smtp.command("QUIT", context.deadline().atMost(QUIT_TIMEOUT));
      step.finish(StepStatus.OK, reply.toString());
    } catch (IOException e) {
      step.finish(StepStatus.WARNING, "no reply to QUIT: " + IoErrors.describe(e));
    }
  }

  private void failRead(StepLog.Step step, String what, IOException e) {
    boolean cancelled =
        context.sockets().isClosed()
            && !context.deadline().expired()
            && !(e instanceof SmtpProtocolException);
    if (cancelled) {
      // The user cancelled and the trace closed its own socket: the server did nothing wrong.
      step.finish(StepStatus.CANCELLED, "cancelled");
      return;
    }
    String summary = IoErrors.describe(e);
    if (e instanceof SmtpProtocolException) {
      fail(
          step,
          summary,
          FindingCode.SMTP_PROTOCOL_ERROR,
          "The " + what + " reply was not valid SMTP: " + e.getMessage() + ".",
          e.getMessage());
    } else if (e instanceof SocketTimeoutException || context.deadline().expired()) {
      fail(step, summary, FindingCode.CONNECTION_TIMEOUT, slowReply(what), summary);
    } else {
      fail(
          step,
          summary,
          FindingCode.SMTP_TEMPORARY_FAILURE,
          "The connection ended during the " + what + " step: " + IoErrors.describe(e) + ".",
          IoErrors.describe(e));
    }
  }

  /** RFC 5321 §4.5.3.2: senders wait minutes for a reply; mailpath stops sooner. */
  private static String slowReply(String what) {
    return "The server did not complete its %s reply within the %d s mailpath waits (or the"
            .formatted(what, STEP_TIMEOUT.toSeconds())
        + " trace's deadline). Senders wait up to 5 minutes (RFC 5321 §4.5.3.2), so the server"
        + " is slow rather than refusing; the result is inconclusive.";
  }

  /**
   * Ends {@code step} as failed, or as inconclusive when the finding blames nothing on the server
   * (a timeout, a 4xx, a failing proxy), and raises the finding.
   */
  private void fail(
      StepLog.Step step, String summary, FindingCode code, String detail, String... evidence) {
    step.finish(
        code.severity() == Severity.INCONCLUSIVE ? StepStatus.INCONCLUSIVE : StepStatus.FAILED,
        summary);
    finding(code, detail, evidence);
  }

  private void finding(FindingCode code, String detail, String... evidence) {
    log.finding(plan.id(), code.raise(plan.label(), detail, evidence));
  }

  private void finding(FindingCode code, String detail, List<String> evidence) {
    log.finding(plan.id(), code.raise(plan.label(), detail, evidence));
  }
}
