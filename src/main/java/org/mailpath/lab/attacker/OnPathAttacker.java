package org.mailpath.lab.attacker;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;
import org.mailpath.lab.net.ConnectionPool;
import org.mailpath.lab.scenario.AttackMode;

/**
 * One attacker in front of one lab MX host: it accepts the connections meant for the host and
 * relays each to the host, as a router on the path would, doing what its mode says.
 */
final class OnPathAttacker implements AutoCloseable {

  private final ServerSocket listener;
  private final InetSocketAddress upstream;
  private final AttackMode mode;
  private final Impersonation impersonation;
  private final BcTlsCrypto crypto;
  private final ConnectionPool pool;
  private volatile boolean closed;

  OnPathAttacker(
      ServerSocket listener,
      InetSocketAddress upstream,
      AttackMode mode,
      Impersonation impersonation,
      BcTlsCrypto crypto,
      ConnectionPool pool) {
    this.listener = listener;
    this.upstream = upstream;
    this.mode = mode;
    this.impersonation = impersonation;
    this.crypto = crypto;
    this.pool = pool;
  }

  void start() {
    ConnectionPool.acceptUntilClosed(
        "lab-attacker-" + mode.flag() + "-" + upstream.getAddress().getHostAddress(),
        listener,
        () -> closed,
        connection ->
            pool.serve(
                connection,
                new InterceptedSession(connection, upstream, mode, impersonation, crypto)));
  }

  /** Where senders reach this attacker. */
  InetSocketAddress address() {
    return (InetSocketAddress) listener.getLocalSocketAddress();
  }

  @Override
  public void close() {
    closed = true;
    ConnectionPool.closeQuietly(listener);
  }
}
