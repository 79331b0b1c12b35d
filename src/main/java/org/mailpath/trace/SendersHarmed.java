package org.mailpath.trace;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mailpath.finding.Finding;
import org.mailpath.finding.Severity;
import org.mailpath.policy.senders.Delivery;
import org.mailpath.policy.senders.SenderOutcome;
import org.mailpath.policy.senders.SenderProfile;
import org.mailpath.policy.senders.SenderProfiles;
import org.mailpath.smtp.ConnectionPlan;

/**
 * Which senders a finding costs: those that try the host the finding is about and end up delivering
 * in clear text, deferring or bouncing. A warning or error about a host says whom it hurts; a
 * finding about the domain, or a host no sender is hurt at, names nobody.
 */
public final class SendersHarmed {
  private SendersHarmed() {}

  private static final Set<Delivery> HARMED =
      Set.of(Delivery.DELIVER_CLEAR, Delivery.DEFER, Delivery.BOUNCE);

  /** The outcomes {@code finding} costs, in the report's sender order. */
  public static List<SenderOutcome> by(TraceReport report, Finding finding) {
    if (Severity.WARNING.isWorseThan(finding.severity()) || !worstAtItsHost(report, finding)) {
      return List.of();
    }
    Optional<ConnectionPlan> host =
        report.connections().stream()
            .map(ConnectionReport::plan)
            .filter(plan -> plan.label().equals(finding.subject()))
            .findFirst();
    if (host.isEmpty()) {
      return List.of();
    }
    String name = host.get().mxHost();
    String address = host.get().address();
    return report.outcomes().stream()
        .filter(o -> HARMED.contains(o.kind()))
        .filter(o -> marksRequireTls(o) == finding.code().startsWith("requiretls"))
        .filter(o -> o.attempted(name, address))
        .toList();
  }

  /**
   * The outcome at a host follows from its most serious problem: a host with TLS 1.0 only also
   * lacks TLS 1.3, but the senders stumble over the first; the lesser findings name nobody.
   */
  private static boolean worstAtItsHost(TraceReport report, Finding finding) {
    return report.findings().stream()
        .filter(f -> f.subject().equals(finding.subject()))
        .noneMatch(f -> f.severity().isWorseThan(finding.severity()));
  }

  /**
   * A message marked REQUIRETLS (RFC 8689) fails for its own reason, the missing extension: that
   * row answers to the REQUIRETLS findings only, and they to it only.
   */
  private static boolean marksRequireTls(SenderOutcome outcome) {
    return SenderProfiles.byId(outcome.sender())
        .map(p -> p.level() == SenderProfile.Level.REQUIRETLS)
        .orElse(false);
  }

  /** "exim-default: deliver-clear; exim-require-tls: defer", or empty when nobody is harmed. */
  public static String sentence(TraceReport report, Finding finding) {
    return String.join(
        "; ", by(report, finding).stream().map(o -> o.sender() + ": " + o.delivery()).toList());
  }
}
