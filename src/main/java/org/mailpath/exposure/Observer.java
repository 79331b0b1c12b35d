package org.mailpath.exposure;

/** Who might look at the message, in the order of the matrix's columns. */
public enum Observer {
  PASSIVE_LISTENER("Passive listener", "Passive", true),
  ACTIVE_ATTACKER("Active attacker", "Active", true),
  SUBMISSION_SERVER("Sender's submission server", "Submission", false),
  RELAY("Each relay", "Relay", false),
  RECIPIENT_MX("Recipient's MX", "Recip. MX", false),
  MAILBOX_AT_REST("Mailbox provider (at rest)", "Mailbox", false),
  RECIPIENT_CLIENT("Recipient's mail client", "Client", false);

  private final String label;
  private final String shortLabel;
  private final boolean onLastHop;

  Observer(String label, String shortLabel, boolean onLastHop) {
    this.label = label;
    this.shortLabel = shortLabel;
    this.onLastHop = onLastHop;
  }

  public String label() {
    return label;
  }

  /** At most 10 characters, for table headings. */
  public String shortLabel() {
    return shortLabel;
  }

  /** Watches the network of the last hop rather than being a party to the message. */
  public boolean onLastHop() {
    return onLastHop;
  }
}
