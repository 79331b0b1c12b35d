package org.mailpath.policy.requiretls;

import java.util.ArrayList;
import java.util.List;
import org.mailpath.policy.requiretls.RequireTlsVerdict.Outcome;

/** Whether a REQUIRETLS message can be delivered to a domain (RFC 8689 §4.2.1, §5). */
public final class RequireTls {
  private RequireTls() {}

  /** Null when {@code host} meets every requirement of RFC 8689 §4.2.1, else the first unmet. */
  public static String unmetRequirement(RequireTlsHost host) {
    // RFC 8689 §4.2.1 item 1: "The MX record lookup ... MUST be DNSSEC-validated or verified by
    // MTA-STS".
    if (!host.mxSecured()) {
      return "the MX lookup is neither DNSSEC-validated nor matched by an MTA-STS policy (RFC 8689"
          + " §4.2.1)";
    }
    // Item 2: the client MUST use STARTTLS.
    if (!host.tlsEstablished()) {
      return "no TLS session could be established (RFC 8689 §4.2.1)";
    }
    // Item 3: the certificate MUST verify by a trust chain the client trusts, or by DANE.
    if (!host.certificateValidated()) {
      return "the certificate validates neither by PKIX nor by DANE (RFC 8689 §4.2.1)";
    }
    // Item 4: after STARTTLS, the EHLO answer MUST advertise REQUIRETLS.
    if (!host.requireTlsAdvertised()) {
      return "the EHLO answer after STARTTLS does not list REQUIRETLS (RFC 8689 §4.2.1)";
    }
    return null;
  }

  /**
   * @param hostsInOrder the MX hosts in the order a sender tries them (RFC 5321 §5.1)
   */
  public static RequireTlsVerdict evaluate(List<RequireTlsHost> hostsInOrder) {
    List<String> reasons = new ArrayList<>();
    boolean anyUnreachable = false;
    for (RequireTlsHost host : hostsInOrder) {
      if (!host.reachable()) {
        anyUnreachable = true;
        reasons.add(host.host() + ": not reachable");
        continue;
      }
      String unmet = unmetRequirement(host);
      if (unmet == null) {
        reasons.add(host.host() + ": meets every requirement");
        return new RequireTlsVerdict(
            Outcome.DELIVERABLE,
            host.host(),
            host.host() + " meets every requirement of RFC 8689 §4.2.1",
            reasons);
      }
      reasons.add(host.host() + ": " + unmet);
    }
    if (anyUnreachable) {
      return new RequireTlsVerdict(
          Outcome.DEFERRED,
          null,
          "no reachable MX host qualifies and some could not be reached: the sender retries them"
              + " (RFC 5321 §4.5.4.1)",
          reasons);
    }
    return new RequireTlsVerdict(
        Outcome.RETURNED,
        null,
        hostsInOrder.isEmpty()
            ? "there is no MX host to deliver to"
            : "no MX host meets the requirements of RFC 8689 §4.2.1: the message is returned to its"
                + " sender (RFC 8689 §5)",
        reasons);
  }
}
