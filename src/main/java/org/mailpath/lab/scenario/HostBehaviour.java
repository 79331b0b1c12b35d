package org.mailpath.lab.scenario;

import java.util.Optional;

/**
 * What answers on a lab host's SMTP port.
 *
 * @param listening false when nothing listens there, so connections are refused
 * @param starttls the TLS behaviour behind STARTTLS, or empty when STARTTLS is not offered
 * @param busy true when the server greets with 421 and closes (RFC 5321 §3.8, §4.2.3)
 */
public record HostBehaviour(boolean listening, Optional<TlsProfile> starttls, boolean busy) {

  /** Nothing listens: a connection attempt is refused (TCP RST). */
  public static final HostBehaviour REFUSES_CONNECTIONS =
      new HostBehaviour(false, Optional.empty(), false);

  /** An SMTP server that never advertises STARTTLS (RFC 3207 §4 does not apply). */
  public static final HostBehaviour PLAINTEXT_ONLY =
      new HostBehaviour(true, Optional.empty(), false);

  /**
   * A server that answers every connection with "421 ... try again later" and closes, as one does
   * under load or while greylisting: a sender keeps the message and retries (RFC 5321 §4.5.4.1).
   */
  public static final HostBehaviour BUSY = new HostBehaviour(true, Optional.empty(), true);

  public static HostBehaviour starttls(TlsProfile tls) {
    return new HostBehaviour(true, Optional.of(tls), false);
  }

  public boolean offersStarttls() {
    return starttls.isPresent();
  }
}
