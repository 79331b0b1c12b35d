package org.mailpath.policy;

import java.util.List;
import java.util.Optional;
import org.mailpath.dns.DnssecStatus;
import org.mailpath.dns.MxHost;
import org.mailpath.dns.MxResolution;
import org.mailpath.finding.Finding;
import org.mailpath.finding.FindingCode;
import org.mailpath.policy.dane.DaneResult;
import org.mailpath.policy.requiretls.RequireTlsHost;
import org.mailpath.smtp.EhloCapabilities;
import org.mailpath.tls.ProbeResult;

/** What the sessions to one MX host say about REQUIRETLS (RFC 8689). */
final class RequireTlsSessions {

  private RequireTlsSessions() {}

  /**
   * RFC 8689 §4.1: a server that supports REQUIRETLS lists it in the EHLO answer after STARTTLS.
   */
  static Optional<Finding> notAdvertised(MxHost host, List<ProbeResult> sessions) {
    List<String> missing =
        sessions.stream()
            .filter(c -> c.tls() != null && c.tls().established())
            .filter(c -> !EhloCapabilities.offers(c.smtp().capabilitiesAfterTls(), "REQUIRETLS"))
            .map(
                c ->
                    c.plan().label()
                        + ": EHLO after STARTTLS lists "
                        + c.smtp().capabilitiesAfterTls())
            .toList();
    if (missing.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        FindingCode.REQUIRETLS_NOT_ADVERTISED.raise(
            host.name(), host.name() + " does not list REQUIRETLS after STARTTLS.", missing));
  }

  static RequireTlsHost host(
      MxResolution resolution, boolean stsAdmitted, ProbeResult c, DaneResult dane) {
    boolean tls = c.tls() != null && c.tls().established();
    boolean pkix =
        tls
            && c.tls().verdict() != null
            && c.tls().verdict().pkixTrusted()
            && c.tls().verdict().hostnameMatches()
            && c.tls().verdict().withinValidity();
    boolean daneOk = dane != null && dane.status() == DaneResult.Status.MATCH;
    return new RequireTlsHost(
        c.plan().mxHost(),
        // Reachable as RequireTlsHost means it: greeted and answered EHLO. A 421 greeting or a
        // timeout is a host the sender retries (RFC 5321 §4.5.4.1), not one that fails the rules.
        c.smtp().connected() && c.smtp().ehloAccepted(),
        resolution.dnssec() == DnssecStatus.SECURE || stsAdmitted,
        tls,
        pkix || daneOk,
        EhloCapabilities.offers(c.smtp().capabilitiesAfterTls(), "REQUIRETLS"));
  }
}
