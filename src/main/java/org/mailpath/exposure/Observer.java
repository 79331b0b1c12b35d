package org.mailpath.exposure;

/** Who might look at the message, in the order of the matrix's columns. */
public enum Observer {
  PASSIVE_LISTENER("Passive listener", "Passive", "a passive listener", true),
  ACTIVE_ATTACKER("Active attacker", "Active", "an active attacker", true),
  SUBMISSION_SERVER(
      "Sender's submission server", "Submission", "the sender's submission server", false),
  RELAY("Each relay", "Relay", "each relay", false),
  RECIPIENT_MX("Recipient's MX", "Recip. MX", "the recipient's MX", false),
  MAILBOX_AT_REST("Mailbox provider (at rest)", "Mailbox", "the mailbox provider", false),
  RECIPIENT_CLIENT("Recipient's mail client", "Client", "the recipient's mail client", false);

  private final String label;
  private final String shortLabel;
  private final String phrase;
  private final boolean onLastHop;

  Observer(String label, String shortLabel, String phrase, boolean onLastHop) {
    this.label = label;
    this.shortLabel = shortLabel;
    this.phrase = phrase;
    this.onLastHop = onLastHop;
  }

  public String label() {
    return label;
  }

  /** At most 10 characters, for table headings. */
  public String shortLabel() {
    return shortLabel;
  }

  /** As it reads inside a sentence: "the recipient's mail client". */
  public String phrase() {
    return phrase;
  }

  /** Watches the network of the last hop rather than being a party to the message. */
  public boolean onLastHop() {
    return onLastHop;
  }

  /**
   * The person the message is for: that they can read it is the point of sending it, so a view
   * shows it as the intended reader, never as an exposure.
   */
  public boolean intendedReader() {
    return this == RECIPIENT_CLIENT;
  }
}
