package org.mailpath.lab.attacker;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;
import org.mailpath.lab.net.ConnectionPool;
import org.mailpath.lab.pki.LabCertificateAuthority;
import org.mailpath.lab.pki.ServerCredentials;
import org.mailpath.lab.scenario.AttackMode;
import org.mailpath.lab.scenario.TlsProfile;
import org.mailpath.lab.scenario.TlsVersionRange;
import org.mailpath.lab.smtp.TlsIdentity;

/**
 * The lab's on-path attackers: one per attacked host and mode, each relaying to the real host.
 * Scenarios put one on the address their DNS names for the MX; {@code trace --attacker} gets one on
 * a loopback port of its own for any lab host, started on first use.
 *
 * <p>Decision — the downgrading attacker presents the host's own certificate: the lab lends it the
 * server's key, so that the downgrade scenario shows the version and nothing else (a real attacker
 * would need the key, or a certificate as in the cert modes).
 */
public final class AttackerFleet implements AutoCloseable {

  /** As the lab's SMTP fleet: one user, with room for a batch. */
  private static final int MAX_SESSIONS = 64;

  private final ConnectionPool pool = new ConnectionPool("lab-attacker", MAX_SESSIONS);
  private final BcTlsCrypto crypto = new BcTlsCrypto(new SecureRandom());
  private final Map<String, OnPathAttacker> onDemand = new HashMap<>();
  private final List<OnPathAttacker> running = new ArrayList<>();

  /**
   * Starts an attacker on {@code listener} (bound, not yet accepting) that relays to {@code
   * upstream}, the real host {@code hostName} presenting {@code hostCredentials}.
   */
  public synchronized void startOn(
      ServerSocket listener,
      AttackMode mode,
      InetSocketAddress upstream,
      String hostName,
      ServerCredentials hostCredentials) {
    OnPathAttacker attacker =
        new OnPathAttacker(
            listener, upstream, mode, impersonation(mode, hostName, hostCredentials), crypto, pool);
    running.add(attacker);
    attacker.start();
  }

  /** Where an attacker in {@code mode} in front of {@code upstream} listens; started if need be. */
  public synchronized InetSocketAddress interceptorFor(
      AttackMode mode,
      InetSocketAddress upstream,
      String hostName,
      ServerCredentials hostCredentials)
      throws IOException {
    String key = mode.flag() + " " + upstream;
    OnPathAttacker attacker = onDemand.get(key);
    if (attacker == null) {
      ServerSocket listener = new ServerSocket();
      try {
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      } catch (IOException e) {
        listener.close();
        throw e;
      }
      startOn(listener, mode, upstream, hostName, hostCredentials);
      attacker = running.get(running.size() - 1);
      onDemand.put(key, attacker);
    }
    return attacker.address();
  }

  private Impersonation impersonation(
      AttackMode mode, String hostName, ServerCredentials hostCredentials) {
    LabCertificateAuthority ca = LabCertificateAuthority.instance();
    switch (mode) {
      case SUBSTITUTE_CERTIFICATE:
        return new Impersonation(
            TlsProfile.MODERN, TlsIdentity.of(ca.impostorCredentialsFor(hostName, false), crypto));
      case CERTIFICATE_FROM_TRUSTED_CA:
        return new Impersonation(
            TlsProfile.MODERN, TlsIdentity.of(ca.impostorCredentialsFor(hostName, true), crypto));
      case DOWNGRADE:
        // RFC 8996 §2: TLS 1.0 MUST NOT be used; a sender that still accepts it is the victim.
        return new Impersonation(
            TlsProfile.MODERN.withVersions(TlsVersionRange.TLS10_ONLY),
            TlsIdentity.of(hostCredentials, crypto));
      default:
        return null; // strip and 454 never complete a handshake
    }
  }

  @Override
  public synchronized void close() {
    running.forEach(OnPathAttacker::close);
    running.clear();
    onDemand.clear();
    pool.close();
  }
}
