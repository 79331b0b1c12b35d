package org.mailpath.tls;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.bouncycastle.tls.ProtocolVersion;
import org.mailpath.context.StepLog;
import org.mailpath.context.TraceContext;
import org.mailpath.smtp.ConnectionPlan;
import org.mailpath.smtp.IoErrors;
import org.mailpath.smtp.SmtpConnection;
import org.mailpath.smtp.StartTlsDialogue;

/**
 * An extra SMTP session that goes straight to one TLS handshake with chosen versions or suites, for
 * the version sweep and the cipher enumeration: the same dialogue walk as the main session, not
 * transcribed and not logged. It waits for a connection slot to the address without holding a
 * thread.
 */
final class QuietSession {

  /**
   * What one extra session learned: a handshake result, or why it never got to one.
   *
   * @param starttlsLost when STARTTLS was missing from EHLO or refused, what the server said; else
   *     null
   */
  record Outcome(
      TlsHandshake.Result handshake,
      String notReached,
      boolean starttlsMissing,
      String starttlsLost) {
    Outcome(TlsHandshake.Result handshake, String notReached, boolean starttlsMissing) {
      this(handshake, notReached, starttlsMissing, null);
    }
  }

  private QuietSession() {}

  /**
   * Runs {@code work} on the executor once a connection slot to the plan's address is free, then
   * frees the slot. Waiting for the slot holds no thread.
   */
  static <T> CompletableFuture<T> inSlot(
      TraceContext context, ConnectionPlan plan, Supplier<T> work) {
    return context
        .addressSlots()
        .acquire(plan.address())
        .thenComposeAsync(
            slot -> {
              CompletableFuture<T> run = context.run(work);
              run.whenComplete((o, e) -> slot.close());
              return run;
            },
            context.executor());
  }

  /** One quiet session, now, on this thread (which must hold a slot for the address). */
  static Outcome session(
      TraceContext context,
      ConnectionPlan plan,
      Duration stepTimeout,
      ProtocolVersion[] versions,
      int[] suites) {
    if (context.deadline().expired()) {
      return new Outcome(null, "deadline reached before this session", false);
    }
    context = context.withLog(StepLog.SILENT).withDeadline(context.deadline().atMost(stepTimeout));
    StartTlsDialogue.Result walked = StartTlsDialogue.walk(context, plan, line -> {});
    switch (walked.stop()) {
      case READY_FOR_TLS:
        break;
      case STARTTLS_NOT_OFFERED:
        return new Outcome(
            null,
            "STARTTLS not offered",
            true,
            "EHLO reply without STARTTLS: "
                + String.join(", ", walked.facts().observation().capabilities()));
      case STARTTLS_REFUSED:
        if (walked.facts().observation().starttlsReply() == null) {
          // No reply (a timeout, a reset) says nothing about whether STARTTLS is offered.
          return new Outcome(null, "no reply to STARTTLS", false);
        }
        return new Outcome(
            null,
            "STARTTLS refused",
            false,
            "STARTTLS answered " + walked.facts().observation().starttlsReply());
      case GREETING_FAILED:
        return new Outcome(null, "no 220 greeting", false);
      default:
        return new Outcome(null, "the session ended before STARTTLS", false);
    }
    try (SmtpConnection smtp = walked.connection()) {
      smtp.socket().setSoTimeout(context.deadline().remainingMillisOrThrow());
      TlsHandshake.Result result =
          TlsHandshake.run(
              smtp.socket().getInputStream(),
              smtp.socket().getOutputStream(),
              versions,
              MainSession.serverName(plan),
              suites);
      if (result.established()) {
        result.protocol().close();
      }
      return new Outcome(result, null, false);
    } catch (IOException e) {
      return new Outcome(null, IoErrors.describe(e), false);
    }
  }
}
