package org.mailpath.address;

/**
 * What the user asked to trace. A mailbox or a domain goes through MX resolution; a host target
 * ({@code [host]:port}, posttls-finger style) is probed directly.
 */
public sealed interface Target {

  /** The text as the user typed it. */
  String input();

  /** The domain or host in ASCII (A-label) form, lower case, without a trailing dot. */
  String asciiName();

  /** A recipient address: {@code user@domain}. */
  record Mailbox(String input, String localPart, String asciiName, String unicodeName)
      implements Target {}

  /** A bare domain: resolve its MX like a sender would for any address at it. */
  record Domain(String input, String asciiName, String unicodeName) implements Target {}

  /**
   * A host or IP literal: no MX lookup. {@code [host]:port} names its port; an address literal
   * ({@code user@[192.0.2.1]}, RFC 5321 §4.1.3) names none and is dialled on the SMTP port, as an
   * MX host is (RFC 5321 §5.1).
   *
   * @param port the port written after the brackets, or {@link #SMTP_PORT} when none was
   */
  record Host(String input, String asciiName, int port, boolean ipLiteral) implements Target {

    /** No port written: the trace's SMTP port (25, or what --smtp-port says). */
    public static final int SMTP_PORT = 0;

    /** The port to dial when the trace dials MX hosts on {@code smtpPort}. */
    public int portOr(int smtpPort) {
      return port == SMTP_PORT ? smtpPort : port;
    }
  }
}
