package org.mailpath.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import org.mailpath.dns.DnssecStatus;
import org.mailpath.finding.Finding;
import org.mailpath.policy.dane.DaneApplicability.Decision;
import org.mailpath.policy.dane.DaneResult;
import org.mailpath.trace.ConnectionReport;
import org.mailpath.trace.SendersHarmed;
import org.mailpath.trace.TraceReport;

/** Prints the end of a trace: one block per connection, then every finding, worst first. */
final class TraceSummaryPrinter {

  /** A host that could not be judged is not blamed (the finding says why). */
  private static final String INCONCLUSIVE =
      " - inconclusive: senders would retry; trace again later or from another network";

  private final PrintWriter out;

  TraceSummaryPrinter(PrintWriter out) {
    this.out = out;
  }

  void print(TraceReport report, Long historyId) {
    out.println();
    out.println(
        "Trace of "
            + report.target()
            + " ("
            + report.network()
            + ") in "
            + report.duration().toMillis()
            + " ms");
    if (report.proxied()) {
      out.println("  Route: through " + report.route());
      if (report.seenBy() != null) {
        out.println("      the first server greeted: " + report.seenBy());
      }
    }
    out.println(
        "  MX: "
            + report.resolution().outcome().label()
            + " via DNS "
            + report.resolution().server()
            + ", DNSSEC "
            + label(report.resolution().dnssec())
            + (report.resolution().dnssecReason() != null
                ? " (" + report.resolution().dnssecReason() + ")"
                : ""));
    report
        .resolution()
        .hosts()
        .forEach(
            h ->
                out.println(
                    "      "
                        + h.preference()
                        + " "
                        + h.name()
                        + " -> "
                        + (h.addresses().isEmpty()
                            ? h.addressProblem()
                            : String.join(", ", h.addresses()))
                        + ", DNSSEC "
                        + label(h.dnssec())));
    for (ConnectionReport c : report.connections()) {
      out.println("  " + c.plan().id() + "  " + c.plan().label());
      if (!c.smtp().connected()) {
        out.println("      not connected" + (c.inconclusive() ? INCONCLUSIVE : ""));
        continue;
      }
      out.println(
          "      STARTTLS: "
              + (!c.starttlsReached()
                  ? "not reached" + (c.inconclusive() ? INCONCLUSIVE : "")
                  : c.smtp().starttlsOffered() ? "offered" : "not offered"));
      if (c.tls() != null) {
        if (c.tls().established()) {
          out.println(
              "      TLS: "
                  + c.tls().version()
                  + "  "
                  + c.tls().cipherSuite()
                  + "  group "
                  + c.tls().keyExchangeGroup()
                  + "  EMS "
                  + c.tls().extendedMasterSecret());
        } else {
          out.println("      TLS: failed (" + c.tls().failure() + ")");
        }
        if (!c.versions().isEmpty()) {
          out.println(
              "      versions: "
                  + String.join(
                      "  ", c.versions().stream().map(v -> v.version() + " " + mark(v)).toList()));
        }
        if (!c.tls12CipherSuites().isEmpty()) {
          out.println("      TLS 1.2 suites accepted (server order):");
          c.tls12CipherSuites().forEach(s -> out.println("        " + s.describe()));
        }
        if (!c.tls().chain().isEmpty()) {
          var leaf = c.tls().chain().get(0);
          out.println(
              "      certificate: "
                  + leaf.subject()
                  + ", until "
                  + leaf.notAfter()
                  + ", "
                  + (c.tls().verdict().pkixTrusted() ? "trusted" : "NOT trusted")
                  + ", name "
                  + (c.tls().verdict().hostnameMatches() ? "matches" : "does NOT match"));
        }
      }
    }
    if (report.policy() != null) {
      var p = report.policy();
      out.println(
          "  MTA-STS: "
              + p.stsRecord().status().label()
              + (p.stsPolicy() != null
                  ? ", policy "
                      + p.stsPolicy().outcome().label()
                      + (p.stsPolicy().policy() != null
                          ? " mode " + p.stsPolicy().policy().mode().keyword()
                          : "")
                  : "")
              + "   TLS-RPT: "
              + p.tlsRpt().status().label());
      p.dane()
          .forEach(
              d ->
                  out.println(
                      "  DANE "
                          + d.mxHost()
                          + ": "
                          + Decision.labelOf(d.decision())
                          + (d.checks().isEmpty()
                              ? ""
                              : " "
                                  + d.checks().stream()
                                      .map(
                                          c ->
                                              c.connectionId()
                                                  + " "
                                                  + DaneResult.Status.labelOf(c.status()))
                                      .toList())));
      out.println(
          "  REQUIRETLS: "
              + p.requireTls().outcome().label()
              + " ("
              + p.requireTls().reason()
              + ")");
    }
    if (!report.outcomes().isEmpty()) {
      out.println();
      out.println("What each kind of sender would do:");
      report
          .outcomes()
          .forEach(
              o ->
                  out.printf(
                      "  %-24s %-26s %-8s %s%n      %s [%s]%s%n",
                      o.sender(),
                      o.delivery(),
                      o.tlsVersion() == null ? "" : o.tlsVersion(),
                      o.host() == null ? "" : "via " + o.host(),
                      o.reason(),
                      o.source(),
                      (o.assumes().isEmpty()
                              ? ""
                              : "\n      " + String.join("\n      ", o.assumes()))
                          + (o.retry() == null ? "" : "\n      then: " + o.retry().inWords())));
    }
    out.println();
    if (report.findings().isEmpty()) {
      out.println("No findings.");
    } else {
      out.println("Findings (" + report.findings().size() + "):");
      report.findings().stream()
          .sorted(Comparator.comparing(Finding::severity).reversed())
          .forEach(f -> print(report, f));
    }
    out.println();
    out.println(
        "Worst severity: "
            + report.worstSeverity().label()
            + (historyId != null ? "   stored as session #" + historyId : "   (not stored)"));
  }

  private static String label(DnssecStatus status) {
    return status == null ? "-" : status.label();
  }

  private static String mark(org.mailpath.tls.VersionResult v) {
    return switch (v.status()) {
      case ACCEPTED -> "yes" + ("no".equals(v.extendedMasterSecret()) ? "(no EMS)" : "");
      case REFUSED -> "no";
      case NOT_TESTED -> "-";
      case UNDETERMINED -> "?";
    };
  }

  private void print(TraceReport report, Finding f) {
    out.printf("  %-12s %-40s %s%n", f.severity().label(), f.code(), f.subject());
    out.println("          " + f.detail());
    out.println("          " + f.explanation() + " [" + f.rfc() + "]");
    String harmed = SendersHarmed.sentence(report, f);
    if (!harmed.isEmpty()) {
      out.println("          costs senders: " + harmed);
    }
    if (f.resultType() != null) {
      out.println("          TLS-RPT result: " + f.resultType() + " (RFC 8460 §4.3)");
    }
    for (String e : f.evidence()) {
      out.println("          | " + e);
    }
  }
}
