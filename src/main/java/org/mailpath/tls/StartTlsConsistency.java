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
   * @param main the main session's walk
   * @param lost what the sweep's sessions that lost STARTTLS were told
   * @param granted the sweep's sessions that were offered STARTTLS and had it accepted
   */
  static Optional<Finding> of(
      String subject, StartTlsDialogue.Result main, List<String> lost, List<String> granted) {
    if (main == null) {
      return Optional.empty();
    }
    // Like is compared with like: a main session refused (454) or unanswered at STARTTLS, as the
    // sweep's were, shows no inconsistency.
    boolean mainGranted = main.stop() == StartTlsDialogue.Stop.READY_FOR_TLS;
    if (mainGranted && !lost.isEmpty()) {
      return Optional.of(
          raise(
              subject,
              "STARTTLS was offered on the main connection but missing or refused on "
                  + count(lost.size()),
              "main session: EHLO listed STARTTLS",
              lost));
    }
    boolean mainWithout =
        main.stop() == StartTlsDialogue.Stop.STARTTLS_NOT_OFFERED
            || (main.stop() == StartTlsDialogue.Stop.STARTTLS_REFUSED
                && main.facts().observation().starttlsReply() != null);
    if (mainWithout && !granted.isEmpty()) {
      return Optional.of(
          raise(
              subject,
              "STARTTLS was missing or refused on the main connection but offered on "
                  + count(granted.size()),
              "main session: STARTTLS not offered, or refused",
              granted));
    }
    return Optional.empty();
  }

  private static String count(int n) {
    return n + " other " + (n == 1 ? "connection." : "connections.");
  }

  private static Finding raise(String subject, String detail, String first, List<String> sessions) {
    List<String> evidence = new ArrayList<>();
    evidence.add(first);
    evidence.addAll(sessions);
    return FindingCode.STARTTLS_INCONSISTENT.raise(subject, detail, evidence);
  }
}
