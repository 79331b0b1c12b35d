package org.mailpath.policy;

import java.util.List;
import org.mailpath.dns.DnssecStatus;
import org.mailpath.policy.dane.DaneApplicability.Decision;
import org.mailpath.policy.dane.DaneResult;
import org.mailpath.policy.requiretls.RequireTlsVerdict;
import org.mailpath.policy.sts.StsFetchResult;
import org.mailpath.policy.sts.StsMode;
import org.mailpath.policy.sts.StsTxtRecord;
import org.mailpath.policy.tlsrpt.TlsRptRecord;
import org.mailpath.tls.TlsObservation;

/**
 * What the receiving domain asks senders to enforce, as the trace found it.
 *
 * @param stsRecord the {@code _mta-sts} TXT verdict (RFC 8461 §3.1)
 * @param stsRecordDnssec the DNSSEC status of that TXT answer
 * @param stsPolicy the policy fetch and parse (RFC 8461 §3.3), or null when none was announced
 * @param tlsRpt the {@code _smtp._tls} TXT verdict (RFC 8460 §3)
 * @param tlsRptDnssec the DNSSEC status of that TXT answer
 * @param dane per MX host: the TLSA lookup, what DANE demands, and each connection's match
 * @param requireTls whether a message sent with REQUIRETLS can reach the domain (RFC 8689)
 */
public record PolicyReport(
    StsTxtRecord stsRecord,
    DnssecStatus stsRecordDnssec,
    StsFetchResult stsPolicy,
    TlsRptRecord tlsRpt,
    DnssecStatus tlsRptDnssec,
    List<DaneHost> dane,
    RequireTlsVerdict requireTls) {

  public PolicyReport {
    dane = List.copyOf(dane);
  }

  /**
   * What stops a sender from falling back to weaker transport: DANE when every MX host demands it
   * (RFC 7672 §2.2), else a valid MTA-STS policy in enforce mode (RFC 8461 §5), else nothing.
   */
  public TlsAuthentication enforcedBy() {
    boolean dane =
        !dane().isEmpty()
            && dane().stream().allMatch(d -> d.decision().equals(Decision.DANE_REQUIRED.name()));
    if (dane) {
      return TlsAuthentication.DANE;
    }
    boolean enforce =
        stsPolicy != null
            && stsPolicy.outcome() == StsFetchResult.Outcome.OK
            && stsPolicy.policy().mode() == StsMode.ENFORCE;
    return enforce ? TlsAuthentication.MTA_STS : TlsAuthentication.NONE;
  }

  /**
   * Whether the TLS session {@code connectionId} fails the authentication {@link #enforcedBy()}
   * demands: RFC 7672 §3 a TLSA match for DANE, RFC 8461 §4.2 a PKIX-valid certificate naming the
   * host for MTA-STS. False when nothing is enforced or TLS was not reached.
   */
  public boolean authenticationFails(String connectionId, TlsObservation tls) {
    if (tls == null || !tls.established()) {
      return false;
    }
    return switch (enforcedBy()) {
      case DANE ->
          dane.stream()
              .flatMap(d -> d.checks().stream())
              .filter(check -> check.connectionId().equals(connectionId))
              .anyMatch(check -> !check.status().equals(DaneResult.Status.MATCH.name()));
      case MTA_STS ->
          tls.verdict() == null
              || !(tls.verdict().pkixTrusted()
                  && tls.verdict().hostnameMatches()
                  && tls.verdict().withinValidity());
      default -> false;
    };
  }

  /**
   * DANE for one MX host (RFC 7672 §2.2).
   *
   * @param mxHost the MX host
   * @param tlsaName the TLSA owner name used, or null when none was looked up
   * @param tlsaDnssec the DNSSEC status of the TLSA answer
   * @param tlsaRecords the TLSA records as text ("3 1 1 ab12…")
   * @param decision what DANE demands of this host (DaneApplicability.Decision)
   * @param reason why, with the RFC clause
   * @param checks per connection to this host: did a record match the captured chain
   */
  public record DaneHost(
      String mxHost,
      String tlsaName,
      DnssecStatus tlsaDnssec,
      List<String> tlsaRecords,
      String decision,
      String reason,
      List<DaneCheck> checks) {

    public DaneHost {
      tlsaRecords = List.copyOf(tlsaRecords);
      checks = List.copyOf(checks);
    }
  }

  /**
   * @param connectionId the connection whose chain was checked
   * @param status MATCH, NO_MATCH or NO_USABLE_RECORDS
   * @param matchedRecord the record that matched, as text, or null
   * @param certificatePosition the chain position it matched, or -1
   * @param detail what the verifier said
   */
  public record DaneCheck(
      String connectionId,
      String status,
      String matchedRecord,
      int certificatePosition,
      String detail) {}
}
