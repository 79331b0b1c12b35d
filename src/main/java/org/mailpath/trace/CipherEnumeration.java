package org.mailpath.trace;

import java.net.Socket;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;
import org.mailpath.bounds.Deadline;
import org.mailpath.tls.CipherSuiteInfo;
import org.mailpath.tls.Tls12CipherCandidates;
import org.mailpath.tls.TlsHandshake;

/**
 * Which TLS 1.2 cipher suites a server accepts (--deep): offer every suite, note the one chosen,
 * offer the rest again, until the server refuses. One handshake per accepted suite, plus one.
 */
final class CipherEnumeration {

  /** Bounds the handshakes to one server; real servers accept 5-30 TLS 1.2 suites. */
  static final int MAX_HANDSHAKES = 40;

  static final Duration STEP_TIMEOUT = Duration.ofSeconds(20);

  private final ConnectionPlan plan;
  private final Clock clock;
  private final Deadline deadline;
  private final Consumer<Socket> socketRegistry;
  private final Semaphore slots;

  CipherEnumeration(
      ConnectionPlan plan,
      Clock clock,
      Deadline deadline,
      Consumer<Socket> socketRegistry,
      Semaphore slots) {
    this.plan = plan;
    this.clock = clock;
    this.deadline = deadline;
    this.socketRegistry = socketRegistry;
    this.slots = slots;
  }

  /** The accepted suites in the order the server chose them (its preference, if it has one). */
  List<CipherSuiteInfo> run() {
    List<CipherSuiteInfo> accepted = new ArrayList<>();
    int[] remaining = Tls12CipherCandidates.all(new BcTlsCrypto(new SecureRandom()));
    for (int i = 0; i < MAX_HANDSHAKES && remaining.length > 0 && !deadline.expired(); i++) {
      TlsHandshake.Result result = handshake(remaining);
      if (result == null || !result.established()) {
        break;
      }
      accepted.add(CipherSuiteInfo.of(result.cipherSuite()));
      remaining =
          Arrays.stream(remaining).filter(s -> !nameOf(s).equals(result.cipherSuite())).toArray();
    }
    return accepted;
  }

  private TlsHandshake.Result handshake(int[] suites) {
    slots.acquireUninterruptibly();
    try {
      return QuietStartTls.handshake(
              plan,
              clock,
              deadline.atMost(STEP_TIMEOUT),
              socketRegistry,
              ProtocolVersion.TLSv12.only(),
              suites)
          .handshake();
    } finally {
      slots.release();
    }
  }

  private static String nameOf(int suite) {
    return org.mailpath.tls.TlsNames.cipherSuite(suite);
  }
}
