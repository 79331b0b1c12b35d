package org.mailpath.policy.requiretls;

import java.util.List;

/**
 * Can a message sent with REQUIRETLS (RFC 8689) reach the domain?
 *
 * @param outcome delivered, deferred or returned
 * @param host the first MX host that meets every requirement, or null
 * @param reason one sentence with the RFC clause
 * @param hostReasons per MX host, in the order tried, why it qualified or not
 */
public record RequireTlsVerdict(
    Outcome outcome, String host, String reason, List<String> hostReasons) {

  public enum Outcome {
    /** Some MX host meets all four requirements of RFC 8689 §4.2.1. */
    DELIVERABLE("deliverable"),
    /** None does, and a host could not be reached: the sender retries (RFC 5321 §4.5.4.1). */
    DEFERRED("deferred"),
    /** Every reachable host fails a requirement: the message is returned (RFC 8689 §5). */
    RETURNED("returned to the sender");

    private final String label;

    Outcome(String label) {
      this.label = label;
    }

    /** The verdict in words: "deliverable", "deferred", "returned to the sender". */
    public String label() {
      return label;
    }
  }

  public RequireTlsVerdict {
    hostReasons = List.copyOf(hostReasons);
  }
}
