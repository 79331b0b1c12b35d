package org.mailpath.tls;

import java.util.List;
import org.mailpath.smtp.ConnectOutcome;
import org.mailpath.smtp.ConnectionPlan;
import org.mailpath.smtp.SmtpObservation;

/**
 * What the sessions to one MX address showed: the main session's SMTP and TLS facts, the version
 * sweep and the accepted TLS 1.2 suites. The later stages (policy, exposure) read these.
 *
 * @param plan which host, address and port
 * @param connect how the main session's TCP connection went
 * @param smtp the SMTP facts of the main session
 * @param tls the TLS facts, or null when STARTTLS was not reached
 * @param versions one entry per TLS version offered alone, oldest first
 * @param tls12CipherSuites the TLS 1.2 suites accepted (--deep; else empty)
 */
public record ProbeResult(
    ConnectionPlan plan,
    ConnectOutcome connect,
    SmtpObservation smtp,
    TlsObservation tls,
    List<VersionResult> versions,
    List<CipherSuiteInfo> tls12CipherSuites) {

  public ProbeResult {
    versions = versions == null ? List.of() : List.copyOf(versions);
    tls12CipherSuites = tls12CipherSuites == null ? List.of() : List.copyOf(tls12CipherSuites);
  }
}
