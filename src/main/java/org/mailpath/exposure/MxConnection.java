package org.mailpath.exposure;

import org.mailpath.smtp.SmtpObservation;
import org.mailpath.tls.TlsObservation;

/**
 * What the trace observed on one connection to one MX address — the input this stage needs from the
 * trace's {@code ConnectionReport}.
 *
 * @param mxHost the MX host name
 * @param preference its MX preference (RFC 5321 §5.1: lower is tried first)
 * @param smtp the SMTP facts
 * @param tls the TLS facts, or null when STARTTLS was not reached
 * @param authenticationFailed the session reached TLS but failed the authentication the domain
 *     enforces (no TLSA match, or a certificate PKIX rejects under MTA-STS): the sender defers
 */
public record MxConnection(
    String mxHost,
    int preference,
    SmtpObservation smtp,
    TlsObservation tls,
    boolean authenticationFailed) {

  /** A connection whose authentication was not judged (or passed). */
  public MxConnection(String mxHost, int preference, SmtpObservation smtp, TlsObservation tls) {
    this(mxHost, preference, smtp, tls, false);
  }
}
