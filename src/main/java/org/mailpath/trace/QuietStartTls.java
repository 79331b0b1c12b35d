package org.mailpath.trace;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Clock;
import java.util.function.Consumer;
import org.bouncycastle.tls.ProtocolVersion;
import org.mailpath.bounds.Deadline;
import org.mailpath.smtp.EhloCapabilities;
import org.mailpath.smtp.SmtpConnection;
import org.mailpath.smtp.SmtpReply;
import org.mailpath.tls.TlsHandshake;

/**
 * An extra SMTP session that goes straight to one TLS handshake (greeting, EHLO, STARTTLS), for the
 * version sweep and the cipher enumeration. Not transcribed: the main session is.
 */
final class QuietStartTls {

  /** What one extra session learned: a handshake result, or why it never got to one. */
  record Outcome(TlsHandshake.Result handshake, String notReached, boolean starttlsMissing) {}

  private QuietStartTls() {}

  static Outcome handshake(
      ConnectionPlan plan,
      Clock clock,
      Deadline deadline,
      Consumer<Socket> socketRegistry,
      ProtocolVersion[] versions,
      int[] suites) {
    InetSocketAddress address;
    try {
      address = new InetSocketAddress(InetAddress.getByName(plan.address()), plan.port());
    } catch (IOException e) {
      return new Outcome(null, e.getMessage(), false);
    }
    try (SmtpConnection smtp =
        SmtpConnection.open(address, deadline, clock, line -> {}, socketRegistry)) {
      if (smtp.readReply(deadline).code() != 220) {
        return new Outcome(null, "no 220 greeting", false);
      }
      String name = "[" + smtp.socket().getLocalAddress().getHostAddress() + "]";
      SmtpReply ehlo = smtp.command("EHLO " + name, deadline);
      if (!ehlo.isPositive() || !EhloCapabilities.offers(EhloCapabilities.of(ehlo), "STARTTLS")) {
        return new Outcome(null, "STARTTLS not offered", true);
      }
      if (smtp.command("STARTTLS", deadline).code() != 220) {
        return new Outcome(null, "STARTTLS refused", false);
      }
      smtp.socket().setSoTimeout(deadline.remainingMillisOrThrow());
      String sni = plan.mxHost().equals(plan.address()) ? null : plan.mxHost();
      TlsHandshake.Result result =
          TlsHandshake.run(
              smtp.socket().getInputStream(),
              smtp.socket().getOutputStream(),
              versions,
              sni,
              suites);
      if (result.established()) {
        result.protocol().close();
      }
      return new Outcome(result, null, false);
    } catch (IOException e) {
      return new Outcome(
          null, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), false);
    }
  }
}
