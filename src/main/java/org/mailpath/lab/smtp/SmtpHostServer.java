package org.mailpath.lab.smtp;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Optional;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;
import org.mailpath.lab.net.ConnectionPool;
import org.mailpath.lab.scenario.LabHost;

/** The SMTP server of one lab host: an accept loop on its own loopback address. */
final class SmtpHostServer implements AutoCloseable {

  private final ServerSocket listener;
  private final LabHost host;
  private final Optional<TlsIdentity> identity;
  private final BcTlsCrypto crypto;
  private final Duration replyDelay;
  private final ConnectionPool pool;
  private volatile boolean closed;

  SmtpHostServer(
      ServerSocket listener,
      LabHost host,
      Optional<TlsIdentity> identity,
      BcTlsCrypto crypto,
      Duration replyDelay,
      ConnectionPool pool) {
    this.listener = listener;
    this.host = host;
    this.identity = identity;
    this.crypto = crypto;
    this.replyDelay = replyDelay;
    this.pool = pool;
  }

  void start() {
    ConnectionPool.acceptUntilClosed(
        "lab-smtp-accept-" + host.name(), listener, () -> closed, this::serve);
  }

  private void serve(Socket connection) {
    if (host.behaviour().busy()) {
      pool.serve(connection, () -> greetBusy(connection));
      return;
    }
    try {
      SmtpSession session =
          new SmtpSession(
              connection, host.name(), host.behaviour().starttls(), identity, crypto, replyDelay);
      pool.serve(connection, session);
    } catch (IOException e) {
      ConnectionPool.closeQuietly(connection); // reset before the session could start
    }
  }

  /** RFC 5321 §3.8, §4.2.3: 421 says "service not available, closing": come back later. */
  private void greetBusy(Socket connection) {
    try (connection) {
      new ReplyWriter(connection.getOutputStream(), replyDelay)
          .reply(421, "4.3.2 " + host.name() + " too busy, try again later");
    } catch (IOException e) {
      // the client left first: nothing to tell it
    }
  }

  @Override
  public void close() {
    closed = true;
    ConnectionPool.closeQuietly(listener);
  }
}
