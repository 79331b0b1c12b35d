package org.mailpath.report.section;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mailpath.finding.Severity;
import org.mailpath.pki.ChainVerdict;
import org.mailpath.smtp.SmtpObservation;
import org.mailpath.tls.TlsObservation;
import org.mailpath.tls.VersionResult;
import org.mailpath.trace.ConnectionReport;

/** One connection described in a sentence a trainee can read aloud. */
final class HostSummary {

  private HostSummary() {}

  static String sentence(ConnectionReport c) {
    SmtpObservation smtp = c.smtp();
    String who = c.plan().label() + ": ";
    if (smtp == null || !smtp.connected()) {
      return who + "could not be reached" + failure(c) + "." + inconclusive(c);
    }
    if (!c.starttlsReached()) {
      return who
          + "answered, but the session ended before STARTTLS was reached"
          + failure(c)
          + "."
          + inconclusive(c);
    }
    if (!smtp.starttlsOffered()) {
      return who + "does not offer STARTTLS, so mail to it travels in clear text.";
    }
    TlsObservation tls = c.tls();
    if (tls == null) {
      return who + "offers STARTTLS, but the handshake was not reached" + failure(c) + ".";
    }
    if (!tls.established()) {
      return who + "offers STARTTLS, but the TLS handshake failed (" + tls.failure() + ").";
    }
    List<String> parts = new ArrayList<>();
    parts.add("offers STARTTLS; negotiated " + tls.version());
    highestAccepted(c)
        .filter(best -> !best.equals(tls.version()))
        .ifPresent(best -> parts.add("accepts up to " + best));
    if ("no".equals(tls.extendedMasterSecret())) {
      parts.add("without Extended Master Secret");
    }
    parts.add(certificate(tls.verdict()));
    return who + String.join("; ", parts) + ".";
  }

  static Severity worst(ConnectionReport c) {
    return c.worstSeverity();
  }

  private static Optional<String> highestAccepted(ConnectionReport c) {
    return c.versions().stream()
        .filter(VersionResult::accepted)
        .map(VersionResult::version)
        .reduce((a, b) -> b);
  }

  private static String certificate(ChainVerdict v) {
    if (v == null) {
      return "no certificate was checked";
    }
    List<String> problems = new ArrayList<>();
    if (!v.pkixTrusted()) {
      problems.add("not trusted");
    }
    if (!v.hostnameMatches()) {
      problems.add("does not name the host");
    }
    if (!v.withinValidity()) {
      problems.add("outside its validity dates");
    }
    return problems.isEmpty()
        ? "certificate trusted and names the host"
        : "certificate " + String.join(", ", problems);
  }

  /** A host that could not be judged is not blamed: senders would retry it (RFC 5321 §4.5.4.1). */
  private static String inconclusive(ConnectionReport c) {
    return c.inconclusive()
        ? " The result is inconclusive: senders would retry this host later; trace again later or"
            + " from another network."
        : "";
  }

  private static String failure(ConnectionReport c) {
    return c.findings().stream().findFirst().map(f -> " (" + f.code() + ")").orElse("");
  }
}
