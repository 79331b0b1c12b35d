package org.mailpath.exposure;

/** The parts of a message whose exposure is shown, in the order of the matrix's rows. */
public enum Part {
  ENVELOPE_SENDER("Envelope sender (MAIL FROM)"),
  ENVELOPE_RECIPIENTS("Envelope recipients (RCPT TO)"),
  CONNECTION_METADATA("Client IP and EHLO name"),
  FROM("From"),
  TO("To"),
  CC("Cc"),
  BCC("Bcc (envelope only)"),
  SUBJECT("Subject"),
  DATE("Date"),
  MESSAGE_ID("Message-ID"),
  REFERENCES("In-Reply-To / References"),
  USER_AGENT("User-Agent"),
  RECEIVED("Received"),
  AUTHENTICATION_RESULTS("Authentication-Results"),
  DKIM_SIGNATURE("DKIM-Signature (d=, h=)"),
  BODY("Body text"),
  ATTACHMENTS("Attachment names and types"),
  SIZE_AND_TIMING("Message size and timing");

  private final String label;

  Part(String label) {
    this.label = label;
  }

  /** How the row is titled, e.g. "Envelope sender (MAIL FROM)". */
  public String label() {
    return label;
  }
}
