package org.mailpath.lab.smtp;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;
import org.mailpath.lab.net.ConnectionPool;
import org.mailpath.lab.pki.LabCertificateAuthority;
import org.mailpath.lab.scenario.LabAddressPlan;
import org.mailpath.lab.scenario.LabHost;
import org.mailpath.lab.scenario.TlsProfile;

/**
 * The lab's SMTP servers: one per lab host, each on its own loopback address, all on the same port.
 * At creation every address is reserved on that port by a bound socket that does not listen (a
 * connection to it is refused); {@link #start} turns a reservation into a server.
 */
public final class SmtpFleet implements AutoCloseable {

  /** A port that is free on the first address may be taken on another: try a new one this often. */
  private static final int PORT_ATTEMPTS = 20;

  /** A lab serves one user; 64 concurrent SMTP sessions covers a batch run with headroom. */
  private static final int MAX_SESSIONS = 64;

  private final int port;
  private final Duration replyDelay;
  private final Map<InetAddress, Socket> reservations;
  private final Map<String, SmtpHostServer> running = new HashMap<>();
  private final ConnectionPool pool = new ConnectionPool("lab-smtp", MAX_SESSIONS);
  private final BcTlsCrypto crypto = new BcTlsCrypto(new SecureRandom());
  private final LabAddressPlan plan;

  private SmtpFleet(
      LabAddressPlan plan, int port, Map<InetAddress, Socket> reservations, Duration replyDelay) {
    this.plan = plan;
    this.port = port;
    this.reservations = reservations;
    this.replyDelay = replyDelay;
  }

  /** Reserves one common port on every address of {@code plan}. */
  public static SmtpFleet reserve(LabAddressPlan plan, Duration replyDelay) throws IOException {
    List<InetAddress> addresses = new ArrayList<>(plan.all().values());
    if (addresses.isEmpty()) {
      throw new IllegalArgumentException("a lab without hosts needs no SMTP servers");
    }
    BindException lastConflict = null;
    for (int attempt = 0; attempt < PORT_ATTEMPTS; attempt++) {
      Map<InetAddress, Socket> reserved = new LinkedHashMap<>();
      try {
        int port = reserve(addresses.get(0), 0, reserved);
        for (InetAddress address : addresses.subList(1, addresses.size())) {
          reserve(address, port, reserved);
        }
        return new SmtpFleet(plan, port, reserved, replyDelay);
      } catch (BindException conflict) {
        reserved.values().forEach(ConnectionPool::closeQuietly);
        lastConflict = conflict;
      }
    }
    throw lastConflict;
  }

  /** Binds without listening: the address:port is ours, and connections to it are refused. */
  private static int reserve(InetAddress address, int port, Map<InetAddress, Socket> reserved)
      throws IOException {
    Socket placeholder = new Socket();
    // Without SO_REUSEADDR no other socket, listening or not, can bind the same address:port.
    placeholder.setReuseAddress(false);
    try {
      placeholder.bind(new InetSocketAddress(address, port));
    } catch (IOException e) {
      placeholder.close();
      throw e;
    }
    reserved.put(address, placeholder);
    return placeholder.getLocalPort();
  }

  /** The port every lab SMTP server listens on. */
  public int port() {
    return port;
  }

  /**
   * Starts the SMTP server of {@code host} unless it runs already, or unless its scenario wants
   * nothing listening there.
   */
  public synchronized void start(LabHost host) throws IOException {
    if (running.containsKey(host.name()) || !host.behaviour().listening()) {
      return;
    }
    Optional<TlsIdentity> identity =
        host.behaviour().starttls().map(tls -> identityFor(host.name(), tls));
    InetAddress address = plan.addressOf(host.name());
    Socket reservation = reservations.remove(address);
    if (reservation != null) {
      reservation.close();
    }
    ServerSocket listener = new ServerSocket();
    try {
      listener.bind(new InetSocketAddress(address, port));
    } catch (IOException e) {
      listener.close();
      throw e;
    }
    SmtpHostServer server = new SmtpHostServer(listener, host, identity, crypto, replyDelay, pool);
    running.put(host.name(), server);
    server.start();
  }

  private TlsIdentity identityFor(String hostName, TlsProfile tls) {
    return TlsIdentity.of(
        LabCertificateAuthority.instance().credentialsFor(hostName, tls.certificate()), crypto);
  }

  @Override
  public synchronized void close() {
    running.values().forEach(SmtpHostServer::close);
    running.clear();
    reservations.values().forEach(ConnectionPool::closeQuietly);
    reservations.clear();
    pool.close();
  }
}
