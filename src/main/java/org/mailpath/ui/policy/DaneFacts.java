package org.mailpath.ui.policy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mailpath.finding.FindingCode;
import org.mailpath.finding.Severity;
import org.mailpath.pki.CertificateInfo;
import org.mailpath.policy.PolicyReport.DaneCheck;
import org.mailpath.policy.PolicyReport.DaneHost;
import org.mailpath.policy.dane.DaneApplicability.Decision;
import org.mailpath.policy.dane.DaneResult;
import org.mailpath.trace.ConnectionReport;
import org.mailpath.ui.common.Formats;

/** One DANE section per MX host: the TLSA lookup, what DANE demands, and what matched. */
final class DaneFacts {

  private DaneFacts() {}

  static List<PolicySection> of(List<DaneHost> hosts, List<ConnectionReport> connections) {
    Map<String, ConnectionReport> byId =
        connections.stream()
            .collect(Collectors.toMap(c -> c.plan().id(), Function.identity(), (a, b) -> a));
    return hosts.stream().map(host -> section(host, byId)).toList();
  }

  private static PolicySection section(DaneHost host, Map<String, ConnectionReport> connections) {
    PolicySection.Builder section = new PolicySection.Builder("DANE · " + host.mxHost());
    section.verdict(demand(host.decision()));
    section.marked("Decision", decisionMark(host.decision()), words(host.decision()));
    section.fact("Why", host.reason());
    section.fact("TLSA name", host.tlsaName() == null ? "Not looked up" : host.tlsaName());
    if (host.tlsaName() != null) {
      section.marked(
          "TLSA DNSSEC",
          DomainPolicyFacts.mark(host.tlsaDnssec()),
          DomainPolicyFacts.dnssecWords(host.tlsaDnssec(), null));
      section.fact(
          "TLSA records",
          host.tlsaRecords().isEmpty() ? "None" : String.join("\n", host.tlsaRecords()));
    }
    for (DaneCheck check : host.checks()) {
      ConnectionReport connection = connections.get(check.connectionId());
      String name = connection == null ? check.connectionId() : connection.plan().label();
      section.marked(name, checkMark(check.status()), matched(check, connection));
    }
    return section.build();
  }

  // RFC 7672 §2.2: usable TLSA records make authenticated TLS mandatory for that host.
  private static String demand(String decision) {
    return Decision.named(decision)
        .map(
            d ->
                switch (d) {
                  case DANE_REQUIRED ->
                      "DANE senders require TLS authenticated by a matching TLSA record.";
                  case TLS_REQUIRED_UNAUTHENTICATED ->
                      "TLSA records exist but none is usable: DANE senders require TLS,"
                          + " unauthenticated.";
                  case NOT_APPLICABLE -> "DANE does not apply: senders use opportunistic TLS.";
                  case HOST_UNUSABLE -> "A lookup failed validation: DANE senders skip this host.";
                  case DEFER ->
                      "The MX lookup failed validation: DANE senders defer the whole delivery.";
                })
        .orElse(decision);
  }

  private static String words(String decision) {
    return Formats.sentence(Decision.labelOf(decision));
  }

  private static Severity decisionMark(String decision) {
    return switch (Decision.named(decision).orElse(Decision.HOST_UNUSABLE)) {
      case DANE_REQUIRED -> Severity.PASS;
      case TLS_REQUIRED_UNAUTHENTICATED -> FindingCode.TLSA_UNUSABLE.severity();
      case NOT_APPLICABLE -> Severity.INFO;
      case HOST_UNUSABLE, DEFER -> FindingCode.DNSSEC_INVALID.severity();
    };
  }

  private static Severity checkMark(String status) {
    return switch (DaneResult.Status.named(status).orElse(DaneResult.Status.NO_USABLE_RECORDS)) {
      case MATCH -> FindingCode.DANE_TLSA_MATCH.severity();
      case NO_MATCH -> FindingCode.DANE_REQUIRED.severity();
      case NO_USABLE_RECORDS -> FindingCode.TLSA_UNUSABLE.severity();
    };
  }

  // RFC 7672 §3.1: usage 3 (DANE-EE) matches the leaf, usage 2 (DANE-TA) a chain certificate.
  private static String matched(DaneCheck check, ConnectionReport connection) {
    DaneResult.Status status = DaneResult.Status.named(check.status()).orElse(null);
    if (status != DaneResult.Status.MATCH) {
      String what = status == DaneResult.Status.NO_MATCH ? "No record matched" : "No usable record";
      return what + (check.detail() == null ? "" : ": " + check.detail());
    }
    return "Record " + check.matchedRecord() + " matched " + certificate(check, connection);
  }

  private static String certificate(DaneCheck check, ConnectionReport connection) {
    int position = check.certificatePosition();
    String which = position == 0 ? "the leaf certificate" : "chain certificate #" + position;
    if (connection == null || connection.tls() == null) {
      return which;
    }
    return connection.tls().chain().stream()
        .filter(c -> c.position() == position)
        .findFirst()
        .map(CertificateInfo::subject)
        .map(subject -> which + " (" + subject + ")")
        .orElse(which);
  }
}
