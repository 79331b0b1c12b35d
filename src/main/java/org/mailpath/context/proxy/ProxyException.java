package org.mailpath.context.proxy;

import java.io.IOException;

/**
 * A connection through a proxy failed at the proxy, not at the server it was asked to reach. The
 * kind says which part failed, so that the failure is never blamed on the server (a refused
 * connection to the proxy is not a refused connection to the MX). The message is a sentence for a
 * person.
 */
public final class ProxyException extends IOException {

  /** Which part of the way through the proxy failed. */
  public enum Kind {
    /** The proxy itself refused the connection or did not answer it. */
    UNREACHABLE,
    /** The proxy refused the credentials, or wants a method mailpath was not given. */
    AUTH_FAILED,
    /** The proxy could not reach the server (RFC 1928 §6 replies 0x03, 0x04, 0x05, 0x06). */
    TARGET_UNREACHABLE,
    /** The proxy was too slow to answer a step of the handshake. */
    TIMEOUT,
    /** The proxy refused the request by its rules, or did not speak SOCKS5. */
    REFUSED
  }

  private final Kind kind;

  public ProxyException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public ProxyException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
