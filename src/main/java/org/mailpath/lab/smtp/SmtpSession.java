package org.mailpath.lab.smtp;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bouncycastle.tls.TlsServerProtocol;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;
import org.mailpath.lab.net.ConnectionPool;
import org.mailpath.lab.scenario.TlsProfile;

/**
 * One SMTP session on a lab host: greeting, EHLO/HELO, STARTTLS, NOOP, RSET, QUIT, MAIL, RCPT and
 * DATA. A message is read to its end and discarded, never stored or relayed, so that real sending
 * MTAs can complete a delivery to the lab.
 */
final class SmtpSession implements Runnable {

  /**
   * RFC 5321 §4.5.3.2.7 gives a server 5 minutes between commands; on loopback no client needs that
   * long, and a lab should not keep threads for abandoned sessions.
   */
  static final int IDLE_TIMEOUT_MILLIS = 60_000;

  /** No honest client needs more commands in one lab session; this bounds a runaway one. */
  static final int MAX_COMMANDS = 200;

  /**
   * The lab's own limit on bad commands, to bound a confused or hostile client; the session then
   * ends with 421 as RFC 5321 §3.8 asks of a server that closes on its own.
   */
  static final int MAX_ERRORS = 10;

  /** Advertised message size limit (RFC 1870 §4); a longer message is refused with 552. */
  private static final long ADVERTISED_SIZE = 10_240_000;

  private final Socket socket;
  private final String hostName;
  private final Optional<TlsProfile> starttls;
  private final Optional<TlsIdentity> identity;
  private final BcTlsCrypto crypto;
  private final ReplyWriter replies;

  private InputStream in;
  private TlsServerProtocol tls;
  private boolean greeted;
  private boolean mailGiven;
  private boolean recipientGiven;
  private int errors;

  SmtpSession(
      Socket socket,
      String hostName,
      Optional<TlsProfile> starttls,
      Optional<TlsIdentity> identity,
      BcTlsCrypto crypto,
      Duration replyDelay)
      throws IOException {
    this.socket = socket;
    this.hostName = hostName;
    this.starttls = starttls;
    this.identity = identity;
    this.crypto = crypto;
    this.in = socket.getInputStream();
    this.replies = new ReplyWriter(socket.getOutputStream(), replyDelay);
  }

  @Override
  public void run() {
    try {
      converse();
    } catch (SmtpLineReader.LineTooLongException tooLong) {
      // RFC 5321 §4.5.3.1.9: "500 Line too long"; the rest of the line cannot be trusted.
      tryReply(500, "5.5.6 Line too long");
    } catch (IOException | RuntimeException e) {
      // timeout, reset or failed handshake: this session ends, the server goes on
    } finally {
      closeTls();
      ConnectionPool.closeQuietly(socket);
    }
  }

  private void converse() throws IOException {
    socket.setSoTimeout(IDLE_TIMEOUT_MILLIS);
    // RFC 5321 §3.1: the session opens with a 220 greeting naming the server.
    replies.reply(220, hostName + " ESMTP mailpath-lab");
    for (int i = 0; i < MAX_COMMANDS; i++) {
      Optional<String> line = SmtpLineReader.readLine(in);
      if (line.isEmpty() || !handle(line.get())) {
        return;
      }
      if (errors >= MAX_ERRORS) {
        replies.reply(421, "4.7.0 " + hostName + " too many errors, closing connection");
        return;
      }
    }
    replies.reply(421, "4.7.0 " + hostName + " too many commands, closing connection");
  }

  /** Handles one command line; false ends the session. */
  private boolean handle(String line) throws IOException {
    String[] parts = line.split(" ", 2);
    String verb = parts[0].toUpperCase(Locale.ROOT);
    String argument = parts.length > 1 ? parts[1].trim() : "";
    switch (verb) {
      case "EHLO":
        return ehlo(argument);
      case "HELO":
        return helo(argument);
      case "STARTTLS":
        return startTls(argument);
      case "NOOP":
        return ok(250, "2.0.0 OK");
      case "RSET":
        mailGiven = false;
        recipientGiven = false;
        return ok(250, "2.0.0 OK");
      case "QUIT":
        replies.reply(221, "2.0.0 " + hostName + " closing connection");
        return false;
      case "MAIL":
        return mail();
      case "RCPT":
        return recipient();
      case "DATA":
        return data();
      default:
        return error(502, "5.5.2 Command not implemented");
    }
  }

  private boolean ehlo(String clientName) throws IOException {
    if (clientName.isEmpty()) {
      return error(501, "5.5.4 Syntax: EHLO hostname");
    }
    greeted = true;
    mailGiven = false;
    recipientGiven = false;
    List<String> lines = new ArrayList<>();
    lines.add(hostName + " greets " + clientName);
    lines.add("PIPELINING"); // RFC 2920
    lines.add("SIZE " + ADVERTISED_SIZE); // RFC 1870
    lines.add("8BITMIME"); // RFC 6152
    lines.add("ENHANCEDSTATUSCODES"); // RFC 2034
    // RFC 3207 §4.2: STARTTLS must not be advertised again once TLS is active.
    if (starttls.isPresent() && tls == null) {
      lines.add("STARTTLS");
    }
    // RFC 8689 §2: REQUIRETLS; the MAIL parameter it announces is only allowed over TLS (§4.1),
    // so the lab announces it only inside TLS, as real servers do.
    if (tls != null && starttls.get().requireTls()) {
      lines.add("REQUIRETLS");
    }
    replies.reply(250, lines);
    return true;
  }

  private boolean helo(String clientName) throws IOException {
    if (clientName.isEmpty()) {
      return error(501, "5.5.4 Syntax: HELO hostname");
    }
    greeted = true;
    return ok(250, hostName);
  }

  private boolean startTls(String argument) throws IOException {
    if (starttls.isEmpty() || identity.isEmpty()) {
      return error(502, "5.5.1 STARTTLS not available");
    }
    if (tls != null) {
      return error(503, "5.5.1 TLS already active");
    }
    if (!argument.isEmpty()) {
      return error(501, "5.5.4 Syntax error (no parameters allowed)"); // RFC 3207 §4
    }
    replies.reply(220, "2.0.0 Ready to start TLS");
    TlsServerProtocol protocol =
        new TlsServerProtocol(socket.getInputStream(), socket.getOutputStream());
    tls = protocol;
    protocol.accept(new LabTlsServer(crypto, starttls.get(), identity.get()));
    in = protocol.getInputStream();
    replies.switchTo(protocol.getOutputStream());
    // RFC 3207 §4.2: after the handshake, both sides forget everything learned before it.
    greeted = false;
    mailGiven = false;
    recipientGiven = false;
    return true;
  }

  private boolean mail() throws IOException {
    if (!greeted) {
      return error(503, "5.5.1 Send EHLO or HELO first");
    }
    mailGiven = true;
    return ok(250, "2.1.0 OK");
  }

  private boolean recipient() throws IOException {
    if (!mailGiven) {
      return error(503, "5.5.1 Send MAIL first");
    }
    recipientGiven = true;
    return ok(250, "2.1.5 OK");
  }

  /**
   * RFC 5321 §4.1.1.4: 354, then lines up to a lone "."; the lab reads and discards them, bounded
   * by the advertised SIZE (RFC 1870 §4: 552 when exceeded), and confirms with 250.
   */
  private boolean data() throws IOException {
    if (!recipientGiven) {
      return error(503, "5.5.1 Send RCPT first");
    }
    replies.reply(354, "End data with <CR><LF>.<CR><LF>");
    long octets = 0;
    while (true) {
      Optional<String> line = SmtpLineReader.readLine(in);
      if (line.isEmpty()) {
        return false;
      }
      if (line.get().equals(".")) {
        break;
      }
      octets += line.get().length() + 2;
    }
    mailGiven = false;
    recipientGiven = false;
    if (octets > ADVERTISED_SIZE) {
      return error(552, "5.3.4 Message too big for the lab");
    }
    return ok(250, "2.0.0 Message accepted and discarded by the mailpath lab");
  }

  private boolean ok(int code, String text) throws IOException {
    replies.reply(code, text);
    return true;
  }

  private boolean error(int code, String text) throws IOException {
    errors++;
    replies.reply(code, text);
    return true;
  }

  /** Sends close_notify (RFC 8446 §6.1) when TLS is up; the socket closes anyway. */
  private void closeTls() {
    if (tls == null) {
      return;
    }
    try {
      tls.close();
    } catch (IOException ignored) {
      // the peer may have closed first
    }
  }

  private void tryReply(int code, String text) {
    try {
      replies.reply(code, text);
    } catch (IOException ignored) {
      // the client is gone; nothing more to tell it
    }
  }
}
