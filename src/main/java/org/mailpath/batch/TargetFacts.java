package org.mailpath.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.mailpath.finding.Finding;
import org.mailpath.policy.PolicyReport;
import org.mailpath.policy.dane.DaneApplicability.Decision;
import org.mailpath.policy.senders.SenderOutcome;
import org.mailpath.policy.sts.StsFetchResult;
import org.mailpath.tls.TlsVersion;
import org.mailpath.tls.VersionResult;
import org.mailpath.trace.ConnectionReport;
import org.mailpath.trace.TraceReport;

/**
 * The headline facts of one report, one CSV row and one contribution to the batch summary. Values
 * are the words users see (never enum names): "yes", "no", "some", "none", "TLSv1.3", …
 *
 * @param target the target as written
 * @param mxCount MX hosts found (0 for a null MX or none)
 * @param starttls "yes" every connected host offered it, "some", "no", or "none" when no host
 *     answered
 * @param bestTls the highest TLS version any host accepted, or "none"
 * @param ems Extended Master Secret on TLS 1.2 and older sessions: "yes", "no", "some", or "n/a"
 * @param dane "yes" when every MX host demands DANE (RFC 7672 §2.2), "some", or "no"
 * @param stsMode the MTA-STS mode: "enforce", "testing", "none" (mode none), "invalid" (announced,
 *     no valid policy) or "absent"
 * @param tlsRpt "present", "invalid" or "absent"
 * @param requireTls "deliverable", "deferred", "returned", or "n/a"
 * @param worstSeverity "error", "warning", "info" or "pass"
 * @param findingCodes the distinct finding codes, sorted
 * @param outcomes per sender profile ("opportunistic", "dane", …), its delivery word
 */
public record TargetFacts(
    String target,
    int mxCount,
    String starttls,
    String bestTls,
    String ems,
    String dane,
    String stsMode,
    String tlsRpt,
    String requireTls,
    String worstSeverity,
    List<String> findingCodes,
    Map<String, String> outcomes) {

  public TargetFacts {
    findingCodes = List.copyOf(findingCodes);
    outcomes = Map.copyOf(outcomes);
  }

  public static TargetFacts of(TraceReport report) {
    List<ConnectionReport> connected =
        report.connections().stream()
            .filter(c -> c.smtp() != null && c.smtp().connected())
            .toList();
    long offering = connected.stream().filter(c -> c.smtp().starttlsOffered()).count();
    Map<String, String> outcomes = new TreeMap<>();
    for (SenderOutcome o : report.outcomes()) {
      outcomes.put(o.sender(), o.delivery());
    }
    return new TargetFacts(
        report.target(),
        report.resolution() == null ? 0 : report.resolution().hosts().size(),
        connected.isEmpty() ? "none" : share(offering, connected.size()),
        bestTls(report.connections()),
        ems(report.connections()),
        dane(report.policy()),
        stsMode(report.policy()),
        tlsRpt(report.policy()),
        requireTls(report.policy()),
        report.worstSeverity().name().toLowerCase(Locale.ROOT),
        new ArrayList<>(new TreeSet<>(report.findings().stream().map(Finding::code).toList())),
        outcomes);
  }

  private static String share(long yes, long of) {
    return yes == of ? "yes" : yes == 0 ? "no" : "some";
  }

  private static String bestTls(List<ConnectionReport> connections) {
    TlsVersion best = null;
    for (ConnectionReport c : connections) {
      List<String> accepted = new ArrayList<>();
      c.versions().stream().filter(VersionResult::accepted).forEach(v -> accepted.add(v.version()));
      if (c.tls() != null && c.tls().established() && c.tls().version() != null) {
        accepted.add(c.tls().version());
      }
      for (String label : accepted) {
        TlsVersion v = TlsVersion.byLabel(label).orElse(null);
        if (v != null && (best == null || v.compareTo(best) > 0)) {
          best = v;
        }
      }
    }
    return best == null ? "none" : best.label();
  }

  private static String ems(List<ConnectionReport> connections) {
    List<String> answers =
        connections.stream()
            .filter(c -> c.tls() != null && c.tls().established())
            .map(c -> c.tls().extendedMasterSecret())
            .filter(e -> "yes".equals(e) || "no".equals(e))
            .toList();
    if (answers.isEmpty()) {
      return "n/a";
    }
    return share(answers.stream().filter("yes"::equals).count(), answers.size());
  }

  private static String dane(PolicyReport policy) {
    if (policy == null || policy.dane().isEmpty()) {
      return "no";
    }
    long required =
        policy.dane().stream()
            .filter(d -> Decision.DANE_REQUIRED.name().equals(d.decision()))
            .count();
    return share(required, policy.dane().size());
  }

  private static String stsMode(PolicyReport policy) {
    if (policy == null || policy.stsPolicy() == null) {
      return "absent";
    }
    StsFetchResult fetch = policy.stsPolicy();
    if (fetch.outcome() != StsFetchResult.Outcome.OK || fetch.policy() == null) {
      return "invalid";
    }
    return fetch.policy().mode().keyword();
  }

  private static String tlsRpt(PolicyReport policy) {
    if (policy == null || policy.tlsRpt() == null) {
      return "absent";
    }
    return switch (policy.tlsRpt().status()) {
      case PRESENT -> "present";
      case INVALID -> "invalid";
      case NONE -> "absent";
    };
  }

  private static String requireTls(PolicyReport policy) {
    if (policy == null || policy.requireTls() == null) {
      return "n/a";
    }
    return policy.requireTls().outcome().name().toLowerCase(Locale.ROOT);
  }
}
