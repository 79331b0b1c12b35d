package org.mailpath.exposure;

/** What travels on the last hop, as a sender would actually deliver. */
public enum Channel {
  /** The message crosses the hop in clear text. */
  CLEAR,
  /** The message crosses the hop inside TLS. */
  TLS,
  /** A sender that enforces TLS would not deliver over this hop at all: it defers. */
  NO_DELIVERY,
  /** No MX host answered: nothing crosses a last hop. */
  UNREACHABLE
}
