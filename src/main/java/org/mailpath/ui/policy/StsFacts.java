package org.mailpath.ui.policy;

import java.time.Duration;
import org.mailpath.dns.MxHost;
import org.mailpath.dns.MxResolution;
import org.mailpath.finding.FindingCode;
import org.mailpath.finding.Severity;
import org.mailpath.policy.PolicyReport;
import org.mailpath.policy.sts.MxPatternMatcher;
import org.mailpath.policy.sts.StsFetchResult;
import org.mailpath.policy.sts.StsMode;
import org.mailpath.policy.sts.StsPolicy;
import org.mailpath.policy.sts.StsTxtRecord;

/** The MTA-STS section: the TXT record, the policy fetch, its mode and which MX hosts match. */
final class StsFacts {

  private StsFacts() {}

  static PolicySection of(PolicyReport policy, MxResolution resolution) {
    PolicySection.Builder section = new PolicySection.Builder("MTA-STS (RFC 8461)");
    StsTxtRecord record = policy.stsRecord();
    if (record == null || record.status() == StsTxtRecord.Status.NONE) {
      section.verdict("No MTA-STS: senders fall back to opportunistic TLS unless DANE applies.");
      section.marked("Record", Severity.INFO, "None at _mta-sts");
      return section.build();
    }
    if (record.status() == StsTxtRecord.Status.INVALID) {
      section.verdict("The record is invalid: senders treat the domain as having no policy.");
      section.marked("Record", FindingCode.STS_RECORD_INVALID.severity(), record.problem());
      section.fact("Text", record.record());
      return section.build();
    }
    section.marked("Record", Severity.PASS, record.record());
    if (policy.stsRecordDnssec() != null) {
      section.fact("Record DNSSEC", DomainPolicyFacts.dnssecWords(policy.stsRecordDnssec(), null));
    }
    fetch(section, policy.stsPolicy(), resolution);
    return section.build();
  }

  private static void fetch(
      PolicySection.Builder section, StsFetchResult fetch, MxResolution resolution) {
    if (fetch == null) {
      section.verdict("A policy is announced but was not fetched.");
      return;
    }
    section.fact("Policy URL", fetch.url());
    if (fetch.outcome() != StsFetchResult.Outcome.OK) {
      section.verdict("The announced policy cannot be used: senders act as if there were none.");
      section.marked("Fetch", fetch.outcome().findingCode().severity(), failure(fetch));
      fetch.evidence().forEach(line -> section.fact("Evidence", line));
      return;
    }
    StsPolicy body = fetch.policy();
    section.marked("Fetch", Severity.PASS, "Fetched over HTTPS with a valid certificate");
    section.marked("Mode", modeMark(body.mode()), modeWords(body.mode()));
    section.verdict(verdict(body.mode()));
    section.fact("max_age", maxAge(body.maxAgeSeconds()));
    section.fact("MX patterns", String.join("\n", body.mxPatterns()));
    if (resolution != null) {
      for (MxHost host : resolution.hosts()) {
        section.marked(host.name(), matchMark(body, host.name()), matchWords(body, host.name()));
      }
    }
  }

  private static String failure(StsFetchResult fetch) {
    String what =
        switch (fetch.outcome()) {
          case FETCH_ERROR -> "Could not be fetched";
          case WEBPKI_INVALID -> "The policy host's certificate is not valid for the web PKI";
          case POLICY_INVALID -> "The policy file is malformed";
          case OK -> "Fetched";
        };
    return fetch.detail() == null ? what : what + ": " + fetch.detail();
  }

  private static Severity modeMark(StsMode mode) {
    return switch (mode) {
      case ENFORCE -> FindingCode.STS_ENFORCE.severity();
      case TESTING -> FindingCode.STS_TESTING.severity();
      case NONE -> Severity.INFO;
    };
  }

  // RFC 8461 §5: enforce refuses to deliver to a failing MX; testing only reports.
  private static String modeWords(StsMode mode) {
    return switch (mode) {
      case ENFORCE -> "enforce: deliver only over authenticated TLS to a listed MX host";
      case TESTING -> "testing: deliver anyway, report failures with TLS-RPT";
      case NONE -> "none: the domain withdrew its policy";
    };
  }

  private static String verdict(StsMode mode) {
    return switch (mode) {
      case ENFORCE -> "Senders that honour MTA-STS require authenticated TLS to a listed MX host.";
      case TESTING -> "Testing only: senders deliver even when TLS fails, and report it.";
      case NONE -> "Policy mode none: senders act as if there were no policy.";
    };
  }

  private static Severity matchMark(StsPolicy body, String host) {
    if (body.admits(host)) {
      return Severity.PASS;
    }
    return body.mode() == StsMode.ENFORCE
        ? FindingCode.STS_MX_MISMATCH.severity()
        : Severity.WARNING;
  }

  // RFC 8461 §4.1: an MX host must match one of the policy's mx patterns.
  private static String matchWords(StsPolicy body, String host) {
    return body.mxPatterns().stream()
        .filter(pattern -> MxPatternMatcher.matches(pattern, host))
        .findFirst()
        .map(pattern -> "Matches \"" + pattern + "\"")
        .orElse("Matches no mx pattern: senders enforcing the policy will not deliver here");
  }

  private static String maxAge(long seconds) {
    Duration age = Duration.ofSeconds(seconds);
    return seconds + " s" + (age.toDays() > 0 ? " (" + age.toDays() + " days)" : "");
  }
}
