package org.mailpath.tls;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mailpath.finding.Finding;
import org.mailpath.finding.FindingCode;
import org.mailpath.smtp.StartTlsDialogue;

/**
 * Whether the server offered STARTTLS on every connection. RFC 3207 §6: an attacker on the path can
 * delete "250 STARTTLS" from the EHLO reply or answer STARTTLS with an error, and the client then
 * goes on in clear text. One address that offers STARTTLS to the main session but not to the
 * sweep's later sessions behaves like that (or like a pool of servers set up differently).
 */
final class StartTlsConsistency {
  private StartTlsConsistency() {}

  /**
   * @param main the main session's walk (the first connection)
   * @param lost what the sweep's sessions that lost STARTTLS were told
   */
  static Optional<Finding> of(String subject, StartTlsDialogue.Result main, List<String> lost) {
    if (main == null || !main.facts().starttlsOffered() || lost.isEmpty()) {
      return Optional.empty();
    }
    List<String> evidence = new ArrayList<>();
    evidence.add("main session: EHLO listed STARTTLS");
    evidence.addAll(lost);
    return Optional.of(
        FindingCode.STARTTLS_INCONSISTENT.raise(
            subject,
            "STARTTLS was offered on the first connection but missing or refused on "
                + lost.size()
                + " later "
                + (lost.size() == 1 ? "connection." : "connections."),
            evidence));
  }
}
