package org.mailpath.exposure;

/**
 * What the last hop's transport leaves to the two observers on its network, for a part that the
 * message format does not hide.
 */
final class TransportRules {

  private TransportRules() {}

  static Cell onLastHop(Part part, Observer observer, LastHop hop) {
    LastHopTransport t = hop.seenBy(observer);
    boolean active = observer == Observer.ACTIVE_ATTACKER;
    if (t.channel() == Channel.UNREACHABLE) {
      return new Cell(observer, Visibility.ABSENT, t.basis(), t.rfc());
    }
    // RFC 3207 §4: the client's first EHLO precedes STARTTLS; the IP header is never encrypted.
    if (part == Part.CONNECTION_METADATA) {
      return new Cell(
          observer,
          Visibility.READABLE,
          "The sending host's IP address is in every packet and its first EHLO comes before"
              + " STARTTLS, so no TLS hides them.",
          "RFC 3207 §4");
    }
    if (t.channel() == Channel.NO_DELIVERY) {
      return new Cell(observer, Visibility.ABSENT, t.basis(), t.rfc());
    }
    // RFC 8446 App. E.3: TLS does not hide the length and timing of what it carries.
    if (part == Part.SIZE_AND_TIMING) {
      return new Cell(
          observer,
          Visibility.READABLE,
          "TLS hides the content, not how much is sent or when.",
          "RFC 8446 App. E.3");
    }
    String forcedPrefix =
        active && hop.forcedDiffers()
            ? "By making the better MX hosts unreachable, the attacker makes the sender fall back"
                + " to "
                + t.mxHost()
                + ". "
            : "";
    String forcedRfc = active && hop.forcedDiffers() ? "RFC 5321 §5.1, " : "";
    return switch (t.channel()) {
      case CLEAR ->
          new Cell(observer, Visibility.READABLE, forcedPrefix + t.basis(), forcedRfc + t.rfc());
      case TLS ->
          t.downgradable()
              ? new Cell(
                  observer,
                  Visibility.READABLE_IF_DOWNGRADED,
                  forcedPrefix
                      + t.basis()
                      + (active
                          ? " The attacker can delete STARTTLS from the EHLO reply (or offer its"
                              + " own certificate, which opportunistic senders accept) and read"
                              + " it."
                          : " Encrypted now; readable once an active attacker strips STARTTLS."),
                  forcedRfc + "RFC 3207 §6")
              : new Cell(
                  observer, Visibility.PROTECTED, forcedPrefix + t.basis(), forcedRfc + t.rfc());
      default -> throw new IllegalStateException("unexpected channel " + t.channel());
    };
  }
}
