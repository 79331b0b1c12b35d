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

  /** A host or IP literal with an explicit port: no MX lookup. */
  record Host(String input, String asciiName, int port, boolean ipLiteral) implements Target {}
}
