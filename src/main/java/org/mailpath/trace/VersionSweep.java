package org.mailpath.trace;

import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import org.mailpath.bounds.Deadline;
import org.mailpath.tls.TlsHandshake;
import org.mailpath.tls.TlsVersion;
import org.mailpath.tls.VersionResult;

/**
 * Offers each TLS version alone, one SMTP session per version (connect, EHLO, STARTTLS, handshake),
 * side by side with the main session but politely: the sessions to one address share {@link
 * #CONNECTIONS_PER_ADDRESS} slots.
 */
final class VersionSweep {

  /** Politeness: never more than two connections at a time to one server address. */
  static final int CONNECTIONS_PER_ADDRESS = 2;

  static final Duration STEP_TIMEOUT = Duration.ofSeconds(20);

  private final ConnectionPlan plan;
  private final Executor executor;
  private final Clock clock;
  private final Deadline deadline;
  private final Consumer<Socket> socketRegistry;
  private final Semaphore slots;
  private final CompletableFuture<VersionResult> mainSession;

  /**
   * @param mainSession completed with what the main session negotiated (offering every version); a
   *     version it already established needs no session of its own
   */
  VersionSweep(
      ConnectionPlan plan,
      Executor executor,
      Clock clock,
      Deadline deadline,
      Consumer<Socket> socketRegistry,
      Semaphore slots,
      CompletableFuture<VersionResult> mainSession) {
    this.plan = plan;
    this.executor = executor;
    this.clock = clock;
    this.deadline = deadline;
    this.socketRegistry = socketRegistry;
    this.slots = slots;
    this.mainSession = mainSession;
  }

  /** Starts one session per version; each waits for a free slot. */
  CompletableFuture<List<VersionResult>> start() {
    List<CompletableFuture<VersionResult>> probes = new ArrayList<>();
    for (TlsVersion version : TlsVersion.values()) {
      probes.add(CompletableFuture.supplyAsync(() -> probeWithSlot(version), executor));
    }
    return CompletableFuture.allOf(probes.toArray(CompletableFuture[]::new))
        .thenApply(v -> probes.stream().map(CompletableFuture::join).toList());
  }

  private VersionResult probeWithSlot(TlsVersion version) {
    try {
      slots.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return undetermined(version, "interrupted");
    }
    try {
      VersionResult known = mainSession.getNow(null);
      if (known != null && known.accepted() && known.version().equals(version.label())) {
        return known;
      }
      return probe(version);
    } finally {
      slots.release();
    }
  }

  private VersionResult probe(TlsVersion version) {
    if (deadline.expired()) {
      return undetermined(version, "deadline reached before this version was tried");
    }
    QuietStartTls.Outcome outcome =
        QuietStartTls.handshake(
            plan, clock, deadline.atMost(STEP_TIMEOUT), socketRegistry, version.only(), null);
    if (outcome.starttlsMissing()) {
      return VersionResult.notTested(version, outcome.notReached());
    }
    if (outcome.handshake() == null) {
      return undetermined(version, outcome.notReached());
    }
    TlsHandshake.Result result = outcome.handshake();
    if (!result.established() && version.label().equals(result.serverVersion())) {
      // The server answered with this version; mailpath, a strict client, then aborted (for
      // instance on a keyUsage violation). The version is accepted by the server.
      return new VersionResult(
          version.label(),
          VersionResult.Status.ACCEPTED,
          null,
          null,
          null,
          "the server accepted this version; mailpath aborted the handshake: " + result.failure());
    }
    if (!result.established()) {
      return new VersionResult(
          version.label(), VersionResult.Status.REFUSED, null, null, null, result.failure());
    }
    return new VersionResult(
        version.label(),
        VersionResult.Status.ACCEPTED,
        result.cipherSuite(),
        result.group(),
        result.extendedMasterSecret(),
        null);
  }

  private static VersionResult undetermined(TlsVersion version, String why) {
    return new VersionResult(
        version.label(), VersionResult.Status.UNDETERMINED, null, null, null, why);
  }

  /** "1.0 refused, 1.1 refused, 1.2 accepted, 1.3 accepted" */
  static String summarise(List<VersionResult> results) {
    return String.join(
        ", ",
        results.stream()
            .map(
                r ->
                    r.version().replace("TLSv", "")
                        + " "
                        + r.status().name().toLowerCase().replace('_', ' '))
            .toList());
  }
}
