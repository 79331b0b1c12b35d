package org.mailpath.smtp;

import java.util.List;
import java.util.Optional;
import org.mailpath.finding.Finding;
import org.mailpath.finding.FindingCode;

/**
 * Many access networks drop outgoing port 25. When every MX address of a domain (at least two)
 * timed out at connect on port 25, the likelier explanation is this network, not the domain: the
 * trace then says so instead of blaming every server.
 */
public final class PortBlockFinding {

  /** One connection attempt: where it went and how the connect went. */
  public record Attempt(ConnectionPlan plan, ConnectOutcome outcome) {}

  /** Two unrelated addresses silent on port 25 is the least evidence worth a remark. */
  static final int MIN_ADDRESSES = 2;

  private PortBlockFinding() {}

  /** RFC 5321 §2.3.5 / §4.5.4.1: SMTP relays listen on port 25. */
  static final int SMTP_PORT = 25;

  /** What a user on a blocked network can do instead. */
  static final String WHAT_TO_DO =
      "Trace through a SOCKS5 proxy (--proxy socks5://HOST:PORT), through an SSH server you can"
          + " log in to (--ssh-jump user@host), or run mailpath from a server whose network"
          + " allows port 25.";

  /**
   * Appended to a connect timeout on port 25: at that moment the trace cannot yet know whether
   * every address times out, but a reader must not take the timeout as the server's fault.
   */
  static String likelyCause(int port) {
    return port == SMTP_PORT
        ? " Many access networks block outgoing port 25: when every MX address times out, the"
            + " likely cause is this network, not the server."
        : "";
  }

  public static Optional<Finding> of(String domain, List<Attempt> connections) {
    if (connections.size() < MIN_ADDRESSES) {
      return Optional.empty();
    }
    boolean allPort25TimedOut =
        connections.stream()
            .allMatch(c -> c.plan().port() == SMTP_PORT && c.outcome() == ConnectOutcome.TIMED_OUT);
    if (!allPort25TimedOut) {
      return Optional.empty();
    }
    return Optional.of(
        FindingCode.PORT25_BLOCKED.raise(
            domain,
            "All "
                + connections.size()
                + " MX addresses timed out on port 25: this network probably blocks outgoing"
                + " SMTP, so the timeouts say nothing about the domain. "
                + WHAT_TO_DO,
            connections.stream().map(c -> c.plan().label() + ": connection timed out").toList()));
  }
}
