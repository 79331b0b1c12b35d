package org.mailpath.lab.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.mailpath.lab.net.ConnectionPool;
import org.mailpath.lab.net.PortReservation;
import org.mailpath.lab.pki.LabCertificateAuthority;
import org.mailpath.lab.scenario.LabAddressPlan;
import org.mailpath.lab.scenario.ScenarioDefinition;
import org.mailpath.lab.scenario.StsSetup;

/**
 * The lab's MTA-STS policy hosts (RFC 8461 §3.3): one HTTPS server per {@code mta-sts.<domain>},
 * each on its own loopback address, all on one shared port. JSSE serves the TLS here: what matters
 * is the policy and the certificate, not the TLS details the SMTP servers demonstrate.
 */
public final class PolicyHostFleet implements AutoCloseable {

  /** A lab serves one user; a few concurrent policy fetches is all a batch run makes. */
  private static final int MAX_CONNECTIONS = 16;

  private final LabAddressPlan plan;
  private final PortReservation reservation;
  private final Map<String, SSLServerSocket> running = new HashMap<>();
  private final ConnectionPool pool = new ConnectionPool("lab-https", MAX_CONNECTIONS);
  private volatile boolean closed;

  private PolicyHostFleet(LabAddressPlan plan, PortReservation reservation) {
    this.plan = plan;
    this.reservation = reservation;
  }

  /** Reserves one port on the address of every policy host of {@code definitions}. */
  public static PolicyHostFleet reserve(List<ScenarioDefinition> definitions, LabAddressPlan plan)
      throws IOException {
    List<InetAddress> addresses = new ArrayList<>();
    for (ScenarioDefinition definition : definitions) {
      definition.policyHost().ifPresent(host -> addresses.add(plan.addressOf(host)));
    }
    if (addresses.isEmpty()) {
      addresses.add(InetAddress.getLoopbackAddress()); // still a port to report, never served
    }
    return new PolicyHostFleet(plan, PortReservation.reserve(addresses));
  }

  /** The HTTPS port of every policy host. */
  public int port() {
    return reservation.port();
  }

  /** Starts the policy host of {@code definition}, if it has one and it is not running yet. */
  public synchronized void start(ScenarioDefinition definition) throws IOException {
    if (definition.sts().isEmpty() || running.containsKey(definition.domain())) {
      return;
    }
    StsSetup sts = definition.sts().get();
    String host = StsSetup.policyHost(definition.domain());
    InetAddress address = plan.addressOf(host);
    SSLServerSocket listener =
        (SSLServerSocket)
            ServerTlsContext.of(
                    LabCertificateAuthority.instance().credentialsFor(host, sts.certificate()))
                .getServerSocketFactory()
                .createServerSocket();
    reservation.release(address);
    try {
      listener.bind(new InetSocketAddress(address, port()));
    } catch (IOException e) {
      listener.close();
      throw e;
    }
    running.put(definition.domain(), listener);
    ConnectionPool.startLoop("lab-https-accept-" + host, () -> accept(listener, host, sts));
  }

  private void accept(SSLServerSocket listener, String host, StsSetup sts) {
    while (!closed && !listener.isClosed()) {
      try {
        Socket connection = listener.accept();
        ((SSLSocket) connection).setUseClientMode(false);
        pool.serve(connection, new PolicyExchange(connection, host, port(), sts));
      } catch (IOException e) {
        if (closed) {
          return;
        }
      }
    }
  }

  @Override
  public synchronized void close() {
    closed = true;
    running.values().forEach(ConnectionPool::closeQuietly);
    running.clear();
    reservation.close();
    pool.close();
  }
}
