package org.mailpath.smtp;

import java.io.IOException;
import java.util.function.Consumer;
import org.mailpath.context.StepKind;
import org.mailpath.context.TraceContext;

/**
 * The one walk of an SMTP session up to the TLS handshake: connect, greeting, EHLO, STARTTLS (RFC
 * 5321 §3, RFC 3207 §4). The main session walks it with a transcript and a step log; the version
 * sweep and the cipher enumeration walk it quietly. Blocks on the network: run it on the trace's
 * executor.
 */
public final class StartTlsDialogue {

  /** Where the walk ended. */
  public enum Stop {
    /** STARTTLS was answered 220: the connection is ready for the TLS handshake. */
    READY_FOR_TLS,
    NOT_CONNECTED,
    /** The greeting was not 220, or could not be read. */
    GREETING_FAILED,
    /** Neither EHLO nor HELO was accepted, or the reply could not be read. */
    EHLO_FAILED,
    STARTTLS_NOT_OFFERED,
    /** STARTTLS was offered but not answered with 220. */
    STARTTLS_REFUSED
  }

  /**
   * @param stop where the walk ended
   * @param connection open and ready for the handshake when {@code stop} is READY_FOR_TLS, else
   *     null (closed)
   * @param facts what the dialogue showed
   */
  public record Result(Stop stop, SmtpConnection connection, DialogueFacts facts) {
    public boolean readyForTls() {
      return stop == Stop.READY_FOR_TLS;
    }
  }

  private final TraceContext context;
  private final ConnectionPlan plan;
  private final Consumer<TranscriptLine> transcript;
  private final DialogueFacts facts = new DialogueFacts();
  private final SmtpSteps steps;

  private StartTlsDialogue(
      TraceContext context, ConnectionPlan plan, Consumer<TranscriptLine> transcript) {
    this.context = context;
    this.plan = plan;
    this.transcript = transcript;
    this.steps = new SmtpSteps(context, plan, facts);
  }

  /** Walks the dialogue of the main session: every step logged, every line transcribed. */
  public static Result walk(
      TraceContext context, ConnectionPlan plan, Consumer<TranscriptLine> transcript) {
    return new StartTlsDialogue(context, plan, transcript).run();
  }

  /** The after-TLS steps of a session this walk started: EHLO again (RFC 3207 §4.2), QUIT. */
  public static void finish(TraceContext context, ConnectionPlan plan, Result walked) {
    SmtpSteps steps = new SmtpSteps(context, plan, walked.facts());
    if (steps.sayEhlo(walked.connection(), StepKind.EHLO_AFTER_TLS, true)) {
      steps.quit(walked.connection());
    }
  }

  private Result run() {
    if (context.sockets().isClosed() || context.deadline().expired()) {
      context
          .log()
          .skipped(
              plan.id(), StepKind.CONNECT, "not tried: the trace was cancelled or out of time");
      return new Result(Stop.NOT_CONNECTED, null, facts);
    }
    SmtpConnection smtp = steps.connect(transcript);
    if (smtp == null) {
      return new Result(Stop.NOT_CONNECTED, null, facts);
    }
    Stop stop = converse(smtp);
    if (stop == Stop.READY_FOR_TLS) {
      return new Result(stop, smtp, facts);
    }
    closeQuietly(smtp);
    return new Result(stop, null, facts);
  }

  private Stop converse(SmtpConnection smtp) {
    if (!steps.readGreeting(smtp)) {
      return Stop.GREETING_FAILED;
    }
    if (!steps.sayEhlo(smtp, StepKind.EHLO, false)) {
      return Stop.EHLO_FAILED;
    }
    if (!facts.starttlsOffered()) {
      steps.starttlsNotOffered(smtp);
      return Stop.STARTTLS_NOT_OFFERED;
    }
    return steps.startTls(smtp) ? Stop.READY_FOR_TLS : Stop.STARTTLS_REFUSED;
  }

  private static void closeQuietly(SmtpConnection smtp) {
    try {
      smtp.close();
    } catch (IOException ignored) {
      // Nothing left to learn from this connection.
    }
  }
}
