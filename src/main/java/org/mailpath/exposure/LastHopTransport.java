package org.mailpath.exposure;

import java.util.Set;
import org.mailpath.policy.TlsAuthentication;
import org.mailpath.smtp.SmtpObservation;
import org.mailpath.tls.TlsObservation;

/**
 * How a sender would carry the message over the last hop to one MX host.
 *
 * @param mxHost the MX host, or "" when none answered
 * @param channel clear text, TLS, no delivery (enforced TLS failed) or unreachable
 * @param tlsVersion the negotiated version ("TLSv1.3"), or null
 * @param authentication DANE or MTA-STS enforce when the sender authenticates the MX, else NONE
 * @param downgradable an active attacker can strip STARTTLS or force clear text
 * @param basis what was observed, in one sentence ("mx1.good.mail.test offered STARTTLS; TLSv1.3")
 * @param rfc the section the basis rests on
 */
public record LastHopTransport(
    String mxHost,
    Channel channel,
    String tlsVersion,
    TlsAuthentication authentication,
    boolean downgradable,
    String basis,
    String rfc) {

  /** RFC 8996 §2 and §3: TLS 1.0 and 1.1 MUST NOT be negotiated. */
  private static final Set<String> FORBIDDEN_VERSIONS = Set.of("TLSv1.0", "TLSv1.1", "SSLv3");

  /** No MX host was found or none answered: there is no last hop to judge. */
  public static LastHopTransport unreachable() {
    return new LastHopTransport(
        "",
        Channel.UNREACHABLE,
        null,
        TlsAuthentication.NONE,
        false,
        "The trace reached no MX host (none found, or none answered), so there is no last hop to"
            + " judge.",
        "RFC 5321 §5.1");
  }

  /**
   * What a current sender gets from this connection. {@code enforcedBy} is DANE or MTA-STS when the
   * policy stage found the domain enforcing authenticated TLS (and this MX passing it), else NONE.
   */
  public static LastHopTransport observed(MxConnection c, TlsAuthentication enforcedBy) {
    SmtpObservation smtp = c.smtp();
    TlsObservation tls = c.tls();
    String host = c.mxHost();
    if (smtp == null || !smtp.connected()) {
      return unreachable();
    }
    boolean enforced = enforcedBy != TlsAuthentication.NONE;
    if (!smtp.starttlsOffered()) {
      return enforced
          ? noDelivery(host, enforcedBy, host + " does not offer STARTTLS")
          : clear(
              host,
              host + " does not offer STARTTLS: the whole dialogue is clear text.",
              "RFC 3207 §4");
    }
    if (tls == null || !tls.established()) {
      return enforced
          ? noDelivery(host, enforcedBy, "the TLS handshake with " + host + " fails")
          : clear(
              host,
              host
                  + " offers STARTTLS but the handshake fails; an opportunistic sender then"
                  + " typically retries in clear text, putting delivery before secrecy.",
              "RFC 7435 §3");
    }
    // RFC 8996 §2/§3: a current sender refuses TLS 1.0/1.1, so its handshake fails like above.
    if (FORBIDDEN_VERSIONS.contains(tls.version())) {
      String why =
          host + " speaks nothing newer than " + tls.version() + ", which RFC 8996 forbids";
      return enforced
          ? noDelivery(host, enforcedBy, why)
          : clear(
              host,
              why
                  + "; a current sender's handshake fails and it typically retries in clear text"
                  + " (one that still accepts "
                  + tls.version()
                  + " would encrypt).",
              "RFC 8996 §2, RFC 7435 §3");
    }
    // RFC 7672 §2.2, RFC 8461 §4.2: an enforcing sender does not deliver to a host it cannot
    // authenticate, whatever certificate answered (a stale record, or an attacker's own).
    if (enforced && c.authenticationFailed()) {
      return noDelivery(
          host,
          enforcedBy,
          host + " presents a certificate that " + enforcedBy.label() + " rejects");
    }
    if (enforced) {
      return new LastHopTransport(
          host,
          Channel.TLS,
          tls.version(),
          enforcedBy,
          false,
          host
              + " is reached over "
              + tls.version()
              + ", authenticated by "
              + enforcedBy.label()
              + "; the sender will not fall back to clear text.",
          enforcedBy.rfc());
    }
    return new LastHopTransport(
        host,
        Channel.TLS,
        tls.version(),
        TlsAuthentication.NONE,
        true,
        host
            + " is reached over "
            + tls.version()
            + ", but without DANE or MTA-STS enforce:"
            + " opportunistic TLS, which an active attacker can strip.",
        "RFC 3207 §6");
  }

  private static LastHopTransport clear(String host, String basis, String rfc) {
    return new LastHopTransport(
        host, Channel.CLEAR, null, TlsAuthentication.NONE, true, basis, rfc);
  }

  private static LastHopTransport noDelivery(String host, TlsAuthentication by, String what) {
    return new LastHopTransport(
        host,
        Channel.NO_DELIVERY,
        null,
        by,
        false,
        "With " + by.label() + ", " + what + ", so the sender defers instead of sending in clear.",
        by.rfc());
  }

  /** Weaker first: what an attacker would steer the sender to. */
  int strength() {
    return switch (channel) {
      case CLEAR -> 0;
      case TLS -> downgradable ? 1 : 2;
      case NO_DELIVERY, UNREACHABLE -> 3;
    };
  }
}
