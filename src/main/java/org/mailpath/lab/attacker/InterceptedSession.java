package org.mailpath.lab.attacker;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.bouncycastle.tls.TlsClientProtocol;
import org.bouncycastle.tls.TlsServerProtocol;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;
import org.mailpath.lab.net.ConnectionPool;
import org.mailpath.lab.scenario.AttackMode;
import org.mailpath.lab.smtp.LabTlsServer;
import org.mailpath.lab.smtp.SmtpLineReader;

/**
 * One SMTP session the attacker sits in: it reads each command of the sender, relays it to the real
 * host and relays the reply back, changing only what its {@link AttackMode} changes. Lockstep, one
 * command and one reply at a time, so that nothing read ahead can belong to a TLS handshake.
 */
final class InterceptedSession implements Runnable {

  /** As the lab's own servers (SmtpSession): no lab client idles for a minute. */
  static final int IDLE_TIMEOUT_MILLIS = 60_000;

  /** Connecting to a lab host on loopback takes microseconds; this bounds a stuck one. */
  static final int CONNECT_TIMEOUT_MILLIS = 5_000;

  /** As the lab's own servers: bounds a runaway client. */
  static final int MAX_COMMANDS = 200;

  /** RFC 1870 §4 SIZE the lab servers advertise, in lines of at most 1000 octets, with headroom. */
  static final int MAX_DATA_LINES = 200_000;

  /** RFC 3207 §4: "454 TLS not available due to temporary reason". */
  static final SmtpReply TLS_NOT_AVAILABLE =
      SmtpReply.of(454, "4.7.0 TLS not available due to temporary reason");

  /** What a server without STARTTLS says to the command (RFC 5321 §4.2.4). */
  static final SmtpReply NOT_IMPLEMENTED = SmtpReply.of(502, "5.5.1 Command not implemented");

  private final Socket client;
  private final InetSocketAddress upstreamAddress;
  private final AttackMode mode;
  private final Impersonation impersonation;
  private final BcTlsCrypto crypto;

  private Socket upstream;
  private InputStream fromClient;
  private OutputStream toClient;
  private InputStream fromServer;
  private OutputStream toServer;
  private TlsServerProtocol clientTls;
  private TlsClientProtocol serverTls;

  InterceptedSession(
      Socket client,
      InetSocketAddress upstreamAddress,
      AttackMode mode,
      Impersonation impersonation,
      BcTlsCrypto crypto) {
    this.client = client;
    this.upstreamAddress = upstreamAddress;
    this.mode = mode;
    this.impersonation = impersonation;
    this.crypto = crypto;
  }

  @Override
  public void run() {
    try {
      relay();
    } catch (IOException | RuntimeException e) {
      // a reset, a timeout or a failed handshake on either side ends this session only
    } finally {
      closeQuietly();
    }
  }

  private void relay() throws IOException {
    client.setSoTimeout(IDLE_TIMEOUT_MILLIS);
    upstream = new Socket();
    try {
      upstream.connect(upstreamAddress, CONNECT_TIMEOUT_MILLIS);
    } catch (IOException refused) {
      return; // the sender sees the connection close, as if the host were down
    }
    upstream.setSoTimeout(IDLE_TIMEOUT_MILLIS);
    fromClient = client.getInputStream();
    toClient = client.getOutputStream();
    fromServer = upstream.getInputStream();
    toServer = upstream.getOutputStream();
    if (!relayReply().isPresent()) {
      return; // the greeting never came
    }
    for (int i = 0; i < MAX_COMMANDS; i++) {
      Optional<String> command = SmtpLineReader.readLine(fromClient);
      if (command.isEmpty() || !handle(command.get())) {
        return;
      }
    }
  }

  /** Handles one command of the sender; false ends the session. */
  private boolean handle(String command) throws IOException {
    String verb = command.split(" ", 2)[0].toUpperCase(Locale.ROOT);
    if (verb.equals("STARTTLS") && clientTls == null) {
      return startTls(command);
    }
    send(toServer, command);
    Optional<SmtpReply> reply = SmtpReply.read(fromServer);
    if (reply.isEmpty()) {
      return false;
    }
    SmtpReply relayed = reply.get();
    if (mode == AttackMode.STRIP && verb.equals("EHLO")) {
      relayed = relayed.withoutCapability("STARTTLS");
    }
    relayed.writeTo(toClient);
    if (relayed.code() == 354) {
      return relayMessage();
    }
    return !verb.equals("QUIT");
  }

  private Optional<SmtpReply> relayReply() throws IOException {
    Optional<SmtpReply> reply = SmtpReply.read(fromServer);
    if (reply.isPresent()) {
      reply.get().writeTo(toClient);
    }
    return reply;
  }

  private boolean startTls(String command) throws IOException {
    switch (mode) {
      case STRIP:
        // The sender was told there is no STARTTLS; one that tries anyway is refused like that.
        NOT_IMPLEMENTED.writeTo(toClient);
        return true;
      case REFUSE_STARTTLS:
        TLS_NOT_AVAILABLE.writeTo(toClient);
        return true;
      default:
        return terminateTls(command);
    }
  }

  /**
   * STARTTLS on both sides: the real host's TLS to the attacker's client, the sender's TLS to the
   * attacker's server with its own certificate; between the two, the attacker reads everything.
   */
  private boolean terminateTls(String command) throws IOException {
    send(toServer, command);
    Optional<SmtpReply> ready = SmtpReply.read(fromServer);
    if (ready.isEmpty()) {
      return false;
    }
    if (ready.get().code() != 220) {
      ready.get().writeTo(toClient);
      return true;
    }
    serverTls = new TlsClientProtocol(fromServer, toServer);
    serverTls.connect(new UpstreamTlsClient(crypto));
    fromServer = serverTls.getInputStream();
    toServer = serverTls.getOutputStream();
    ready.get().writeTo(toClient);
    clientTls = new TlsServerProtocol(client.getInputStream(), client.getOutputStream());
    clientTls.accept(new LabTlsServer(crypto, impersonation.profile(), impersonation.identity()));
    fromClient = clientTls.getInputStream();
    toClient = clientTls.getOutputStream();
    return true;
  }

  /** RFC 5321 §4.1.1.4: the message lines up to a lone ".", then the server's one reply. */
  private boolean relayMessage() throws IOException {
    for (int i = 0; i < MAX_DATA_LINES; i++) {
      Optional<String> line = SmtpLineReader.readLine(fromClient);
      if (line.isEmpty()) {
        return false;
      }
      send(toServer, line.get());
      if (line.get().equals(".")) {
        Optional<SmtpReply> reply = SmtpReply.read(fromServer);
        if (reply.isEmpty()) {
          return false;
        }
        reply.get().writeTo(toClient);
        return true;
      }
    }
    return false;
  }

  private static void send(OutputStream out, String line) throws IOException {
    out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  private void closeQuietly() {
    try {
      if (clientTls != null) {
        clientTls.close();
      }
    } catch (IOException ignored) {
      // the sender may have left first
    }
    try {
      if (serverTls != null) {
        serverTls.close();
      }
    } catch (IOException ignored) {
      // the host may have left first
    }
    if (upstream != null) {
      ConnectionPool.closeQuietly(upstream);
    }
    ConnectionPool.closeQuietly(client);
  }
}
