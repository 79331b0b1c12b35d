package org.mailpath.ui.policy;

import java.util.ArrayList;
import java.util.List;
import org.mailpath.dns.DnssecStatus;
import org.mailpath.dns.MxHost;
import org.mailpath.dns.MxResolution;
import org.mailpath.finding.FindingCode;
import org.mailpath.finding.Severity;
import org.mailpath.policy.PolicyReport;
import org.mailpath.policy.requiretls.RequireTlsVerdict;
import org.mailpath.policy.tlsrpt.TlsRptRecord;
import org.mailpath.trace.TraceReport;

/**
 * What the receiving domain demands of senders, as sections of marked facts: DNSSEC of the MX
 * answer and hosts, MTA-STS, TLS-RPT, DANE per MX host and REQUIRETLS. Marks use the severities of
 * the findings the same conditions raise, so the view and the findings list agree.
 */
public final class DomainPolicyFacts {

  private DomainPolicyFacts() {}

  /** The sections for a report; empty for host targets, which have no domain policy. */
  public static List<PolicySection> of(TraceReport report) {
    List<PolicySection> sections = new ArrayList<>();
    if (report.resolution() != null
        && report.resolution().outcome() != MxResolution.Outcome.DIRECT) {
      sections.add(dnssec(report.resolution()));
    }
    PolicyReport policy = report.policy();
    if (policy == null) {
      return sections;
    }
    sections.add(StsFacts.of(policy, report.resolution()));
    sections.add(tlsRpt(policy.tlsRpt(), policy.tlsRptDnssec()));
    sections.addAll(DaneFacts.of(policy.dane(), report.connections()));
    if (policy.requireTls() != null) {
      sections.add(requireTls(policy.requireTls()));
    }
    return sections;
  }

  /** One sentence: what stops a sender from falling back to weaker transport. */
  public static String protection(TraceReport report) {
    if (report.policy() == null) {
      return "";
    }
    return switch (report.policy().enforcedBy()) {
      case DANE -> "Downgrades are stopped by DANE: every MX host has usable TLSA records.";
      case MTA_STS ->
          "Downgrades are stopped by MTA-STS in enforce mode (for senders that honour it).";
      case NONE -> "Nothing stops a downgrade: an active attacker can make senders fall back.";
    };
  }

  private static PolicySection dnssec(MxResolution resolution) {
    PolicySection.Builder section = new PolicySection.Builder("DNSSEC");
    DnssecStatus mx = resolution.dnssec();
    section.verdict(
        mx == DnssecStatus.SECURE
            ? "The MX answer is signed and validates: DANE can apply."
            : "The MX answer is not validated as secure: DANE cannot apply (RFC 7672 §2.2).");
    section.marked("MX answer", mark(mx), dnssecWords(mx, resolution.dnssecReason()));
    for (MxHost host : resolution.hosts()) {
      section.marked(
          host.name(), mark(host.dnssec()), dnssecWords(host.dnssec(), host.dnssecReason()));
    }
    return section.build();
  }

  // RFC 4035 §4.3: secure, insecure, bogus or indeterminate; bogus answers must not be used.
  static Severity mark(DnssecStatus status) {
    if (status == null) {
      return null;
    }
    return switch (status) {
      case SECURE -> Severity.PASS;
      case INSECURE, UNCHECKED -> Severity.INFO;
      case BOGUS, INDETERMINATE -> FindingCode.DNSSEC_INVALID.severity();
    };
  }

  static String dnssecWords(DnssecStatus status, String reason) {
    if (status == null) {
      return "Not checked";
    }
    String because = reason == null || reason.isBlank() ? "" : ": " + reason;
    return switch (status) {
      case SECURE -> "Secure: signatures validate to the root";
      case INSECURE -> "Insecure: the zone is not signed" + because;
      case UNCHECKED -> "Not checked";
      case BOGUS -> "Bogus: signatures do not validate" + because;
      case INDETERMINATE -> "Indeterminate: could not be validated" + because;
    };
  }

  // RFC 8460 §3: "v=TLSRPTv1; rua=..." tells senders where to report TLS failures.
  private static PolicySection tlsRpt(TlsRptRecord record, DnssecStatus dnssec) {
    PolicySection.Builder section = new PolicySection.Builder("TLS-RPT (RFC 8460)");
    if (record == null || record.status() == TlsRptRecord.Status.NONE) {
      section.verdict("No TLS-RPT record: senders do not report TLS failures to the domain.");
      section.marked("Record", Severity.INFO, "None at _smtp._tls");
    } else if (record.status() == TlsRptRecord.Status.INVALID) {
      section.verdict("The record is unusable: senders send no TLS reports.");
      section.marked("Record", FindingCode.TLSRPT_INVALID.severity(), record.problem());
      section.fact("Text", record.record());
    } else {
      section.verdict("Senders report TLS failures to the addresses below.");
      section.marked("Record", FindingCode.TLSRPT_PRESENT.severity(), record.record());
      for (TlsRptRecord.ReportUri uri : record.reportTo()) {
        section.fact("Reports to", uri.uri());
      }
    }
    if (dnssec != null && record != null && record.status() != TlsRptRecord.Status.NONE) {
      section.marked("DNSSEC", mark(dnssec), dnssecWords(dnssec, null));
    }
    return section.build();
  }

  // RFC 8689 §4.2.1: REQUIRETLS needs every hop to advertise it over validated TLS.
  private static PolicySection requireTls(RequireTlsVerdict verdict) {
    PolicySection.Builder section = new PolicySection.Builder("REQUIRETLS (RFC 8689)");
    Severity mark =
        switch (verdict.outcome()) {
          case DELIVERABLE -> Severity.PASS;
          case DEFERRED, RETURNED -> FindingCode.REQUIRETLS_UNDELIVERABLE.severity();
        };
    String outcome =
        switch (verdict.outcome()) {
          case DELIVERABLE ->
              "Deliverable" + (verdict.host() == null ? "" : " via " + verdict.host());
          case DEFERRED -> "Deferred: the sender keeps the message and retries";
          case RETURNED -> "Returned to its sender";
        };
    section.verdict(
        "A message sent with REQUIRETLS: " + outcome.toLowerCase(java.util.Locale.ROOT) + ".");
    section.marked("Outcome", mark, outcome);
    section.fact("Why", verdict.reason());
    for (String host : verdict.hostReasons()) {
      section.fact("Host", host);
    }
    return section.build();
  }
}
