package org.mailpath.smtp;

/** How the TCP connection of one SMTP session went. */
public enum ConnectOutcome {
  CONNECTED,
  /** The peer answered the SYN with a reset: nothing listens there. */
  REFUSED,
  /** No answer before the deadline (a filter drops the packets, or the host is down). */
  TIMED_OUT,
  /** The connection opened and was reset or closed at once, before anything was said. */
  RESET,
  /** The proxy the connection went through failed; the server itself was not judged. */
  PROXY_FAILED,
  /** The trace was cancelled or its deadline passed before the connection was tried. */
  NOT_TRIED
}
