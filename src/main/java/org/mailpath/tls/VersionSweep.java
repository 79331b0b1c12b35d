package org.mailpath.tls;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.mailpath.context.TraceContext;
import org.mailpath.smtp.ConnectionPlan;

/**
 * Offers each TLS version alone, one SMTP session per version (connect, EHLO, STARTTLS, handshake),
 * side by side with the main session but politely: every session to one address waits for one of
 * the trace's connection slots for that address.
 */
final class VersionSweep {

  static final Duration STEP_TIMEOUT = Duration.ofSeconds(20);

  private final TraceContext context;
  private final ConnectionPlan plan;
  private final CompletableFuture<VersionResult> mainSession;
  private final Queue<String> starttlsLost = new ConcurrentLinkedQueue<>();
  private final Queue<String> starttlsGranted = new ConcurrentLinkedQueue<>();

  /**
   * @param mainSession completed with what the main session negotiated (offering every version); a
   *     version it already established needs no session of its own
   */
  VersionSweep(
      TraceContext context, ConnectionPlan plan, CompletableFuture<VersionResult> mainSession) {
    this.context = context;
    this.plan = plan;
    this.mainSession = mainSession;
  }

  /** Starts one session per version; each waits for a free slot. */
  CompletableFuture<List<VersionResult>> start() {
    List<CompletableFuture<VersionResult>> probes = new ArrayList<>();
    for (TlsVersion version : TlsVersion.values()) {
      probes.add(probe(version));
    }
    return CompletableFuture.allOf(probes.toArray(CompletableFuture[]::new))
        .thenApply(v -> probes.stream().map(CompletableFuture::join).toList());
  }

  private CompletableFuture<VersionResult> probe(TlsVersion version) {
    return QuietSession.inSlot(context, plan, () -> probeNow(version));
  }

  private VersionResult probeNow(TlsVersion version) {
    VersionResult known = mainSession.getNow(null);
    if (known != null && known.accepted() && known.version().equals(version.label())) {
      return known;
    }
    if (context.deadline().expired()) {
      return VersionResult.undetermined(
          version.label(), "deadline reached before this version was tried");
    }
    return judge(version, QuietSession.session(context, plan, STEP_TIMEOUT, version.only(), null));
  }

  /** What the sweep's sessions that lost STARTTLS (not offered, or refused) were told. */
  List<String> starttlsLost() {
    return List.copyOf(starttlsLost);
  }

  /** The sweep's sessions whose STARTTLS was offered and accepted. */
  List<String> starttlsGranted() {
    return List.copyOf(starttlsGranted);
  }

  private VersionResult judge(TlsVersion version, QuietSession.Outcome outcome) {
    if (outcome.starttlsLost() != null) {
      starttlsLost.add(version.label() + " session: " + outcome.starttlsLost());
    }
    if (outcome.handshake() != null) {
      starttlsGranted.add(version.label() + " session: EHLO listed STARTTLS, and it was accepted");
    }
    if (outcome.starttlsMissing()) {
      return VersionResult.notTested(version, outcome.notReached());
    }
    if (outcome.handshake() == null) {
      return VersionResult.undetermined(version.label(), outcome.notReached());
    }
    TlsHandshake.Result result = outcome.handshake();
    if (result.timedOut()) {
      return VersionResult.undetermined(version.label(), result.failure());
    }
    if (!result.established() && version.label().equals(result.serverVersion())) {
      // The server chose this version in its ServerHello, but no handshake completed (it sent
      // what mailpath does not read, or broke later): whether a sender can use it is unknown.
      return VersionResult.undetermined(
          version.label(),
          "the server chose this version, but the handshake did not complete: " + result.failure());
    }
    if (!result.established()) {
      return VersionResult.refused(version.label(), result.failure());
    }
    return VersionResult.accepted(
        version.label(), result.cipherSuite(), result.group(), result.extendedMasterSecret());
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
