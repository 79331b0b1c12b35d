package org.mailpath.lab.smtp;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;
import org.mailpath.lab.net.ConnectionPool;
import org.mailpath.lab.net.PortReservation;
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

  /** A lab serves one user; 64 concurrent SMTP sessions covers a batch run with headroom. */
  private static final int MAX_SESSIONS = 64;

  private final Duration replyDelay;
  private final PortReservation reservation;
  private final Map<String, SmtpHostServer> running = new HashMap<>();
  private final ConnectionPool pool = new ConnectionPool("lab-smtp", MAX_SESSIONS);
  private final BcTlsCrypto crypto = new BcTlsCrypto(new SecureRandom());
  private final LabAddressPlan plan;

  private SmtpFleet(LabAddressPlan plan, PortReservation reservation, Duration replyDelay) {
    this.plan = plan;
    this.reservation = reservation;
    this.replyDelay = replyDelay;
  }

  /** Reserves {@code port} (0: any common free port) on every address of {@code plan}. */
  public static SmtpFleet reserve(LabAddressPlan plan, Duration replyDelay, int port)
      throws IOException {
    List<InetAddress> addresses = new ArrayList<>(plan.all().values());
    if (addresses.isEmpty()) {
      throw new IllegalArgumentException("a lab without hosts needs no SMTP servers");
    }
    return new SmtpFleet(plan, PortReservation.reserve(addresses, port), replyDelay);
  }

  /** The port every lab SMTP server listens on. */
  public int port() {
    return reservation.port();
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
    reservation.release(address);
    ServerSocket listener = new ServerSocket();
    try {
      listener.bind(new InetSocketAddress(address, port()));
    } catch (IOException e) {
      listener.close();
      throw e;
    }
    SmtpHostServer server = new SmtpHostServer(listener, host, identity, crypto, replyDelay, pool);
    running.put(host.name(), server);
    server.start();
  }

  /**
   * Gives up the reservation of the planned address of {@code name} and returns a socket bound
   * there on the common port, for another server (the on-path attacker) to accept on.
   */
  public synchronized ServerSocket bindInsteadOfReservation(String name) throws IOException {
    InetAddress address = plan.addressOf(name);
    reservation.release(address);
    ServerSocket listener = new ServerSocket();
    try {
      listener.bind(new InetSocketAddress(address, port()));
    } catch (IOException e) {
      listener.close();
      throw e;
    }
    return listener;
  }

  private TlsIdentity identityFor(String hostName, TlsProfile tls) {
    return TlsIdentity.of(
        LabCertificateAuthority.instance().credentialsFor(hostName, tls.certificate()), crypto);
  }

  @Override
  public synchronized void close() {
    running.values().forEach(SmtpHostServer::close);
    running.clear();
    reservation.close();
    pool.close();
  }
}
