package org.mailpath.lab.scenario;

import java.util.Optional;

/**
 * What answers on a lab host's SMTP port.
 *
 * @param listening false when nothing listens there, so connections are refused
 * @param starttls the TLS behaviour behind STARTTLS, or empty when STARTTLS is not offered
 */
public record HostBehaviour(boolean listening, Optional<TlsProfile> starttls) {

  /** Nothing listens: a connection attempt is refused (TCP RST). */
  public static final HostBehaviour REFUSES_CONNECTIONS =
      new HostBehaviour(false, Optional.empty());

  /** An SMTP server that never advertises STARTTLS (RFC 3207 §4 does not apply). */
  public static final HostBehaviour PLAINTEXT_ONLY = new HostBehaviour(true, Optional.empty());

  public static HostBehaviour starttls(TlsProfile tls) {
    return new HostBehaviour(true, Optional.of(tls));
  }

  public boolean offersStarttls() {
    return starttls.isPresent();
  }
}
