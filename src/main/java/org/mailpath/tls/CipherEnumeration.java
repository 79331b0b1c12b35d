package org.mailpath.tls;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;
import org.mailpath.context.TraceContext;
import org.mailpath.smtp.ConnectionPlan;

/**
 * Which TLS 1.2 cipher suites a server accepts (--deep): offer every suite, note the one chosen,
 * offer the rest again, until the server refuses. One handshake per accepted suite, plus one; each
 * in its own quiet session, one after the other.
 */
final class CipherEnumeration {

  /** Bounds the handshakes to one server; real servers accept 5-30 TLS 1.2 suites. */
  static final int MAX_HANDSHAKES = 40;

  static final Duration STEP_TIMEOUT = Duration.ofSeconds(20);

  private final TraceContext context;
  private final ConnectionPlan plan;
  private final List<CipherSuiteInfo> accepted = new ArrayList<>();

  CipherEnumeration(TraceContext context, ConnectionPlan plan) {
    this.context = context;
    this.plan = plan;
  }

  /** The accepted suites in the order the server chose them (its preference, if it has one). */
  CompletableFuture<List<CipherSuiteInfo>> run() {
    return next(Tls12CipherCandidates.all(new BcTlsCrypto(new SecureRandom())), 0);
  }

  private CompletableFuture<List<CipherSuiteInfo>> next(int[] remaining, int handshakes) {
    if (handshakes >= MAX_HANDSHAKES || remaining.length == 0 || context.deadline().expired()) {
      return CompletableFuture.completedFuture(List.copyOf(accepted));
    }
    return QuietSession.inSlot(
            context,
            plan,
            () ->
                QuietSession.session(
                        context, plan, STEP_TIMEOUT, ProtocolVersion.TLSv12.only(), remaining)
                    .handshake())
        .thenCompose(
            result -> {
              if (result == null || !result.established()) {
                return CompletableFuture.completedFuture(List.copyOf(accepted));
              }
              accepted.add(CipherSuiteInfo.of(result.cipherSuite()));
              int[] rest =
                  Arrays.stream(remaining)
                      .filter(s -> !TlsNames.cipherSuite(s).equals(result.cipherSuite()))
                      .toArray();
              return next(rest, handshakes + 1);
            });
  }
}
