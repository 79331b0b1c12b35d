package org.mailpath.policy.senders;

import java.util.List;

/**
 * What one kind of sender would do with a message to the domain.
 *
 * @param policy the kind of sender
 * @param delivery the result
 * @param host the MX host it would deliver to, or null
 * @param address the address it would deliver to, or null
 * @param reason why, in one sentence
 * @param rfc the RFC clause that decides it
 * @param attempts each address tried, in order, and what happened there
 * @param notes where real MTAs differ, with their documentation
 */
public record SenderOutcome(
    SendingPolicy policy,
    Delivery delivery,
    String host,
    String address,
    String reason,
    String rfc,
    List<String> attempts,
    List<String> notes) {

  public SenderOutcome {
    attempts = List.copyOf(attempts);
    notes = List.copyOf(notes);
  }
}
