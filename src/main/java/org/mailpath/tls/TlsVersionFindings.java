package org.mailpath.tls;

import java.util.ArrayList;
import java.util.List;
import org.mailpath.finding.Finding;
import org.mailpath.finding.FindingCode;

/**
 * What the versions a server accepts mean for senders. Uses the version sweep when it ran, and
 * otherwise what the main handshake (offering TLS 1.0-1.3) negotiated.
 */
final class TlsVersionFindings {
  private TlsVersionFindings() {}

  static List<Finding> of(String subject, TlsObservation main, List<VersionResult> sweep) {
    List<String> accepted =
        sweep.stream().filter(VersionResult::accepted).map(VersionResult::version).toList();
    boolean sweepAnswered =
        sweep.stream()
            .anyMatch(
                r ->
                    r.status() == VersionResult.Status.ACCEPTED
                        || r.status() == VersionResult.Status.REFUSED);
    List<String> evidence = new ArrayList<>();
    if (sweepAnswered) {
      sweep.forEach(r -> evidence.add(r.version() + " alone: " + describe(r)));
    } else if (main != null && main.established()) {
      accepted = List.of(main.version());
      evidence.add(
          "offered "
              + main.offered()
              + ", negotiated "
              + main.version()
              + " "
              + main.cipherSuite());
    } else {
      return List.of();
    }
    List<Finding> out = new ArrayList<>();
    if (accepted.isEmpty()) {
      return out;
    }
    List<String> obsolete =
        accepted.stream().filter(v -> v.equals("TLSv1.0") || v.equals("TLSv1.1")).toList();
    // RFC 8996 §2-3: TLS 1.0 and 1.1 MUST NOT be used.
    if (!obsolete.isEmpty()) {
      out.add(
          FindingCode.TLS_VERSION_OBSOLETE.raise(
              subject, "The server accepts " + String.join(" and ", obsolete) + ".", evidence));
    }
    // RFC 9325 §3.1.1: senders that require TLS 1.2 or later cannot use TLS with this server.
    if (accepted.equals(List.of("TLSv1.0"))) {
      out.add(
          FindingCode.TLS_MAX_VERSION_1_0.raise(
              subject, "TLS 1.0 is the only version the server accepts.", evidence));
    }
    if (!accepted.contains("TLSv1.3")) {
      String newest = accepted.get(accepted.size() - 1);
      // RFC 9325 §3.1.1: TLS 1.2 is the floor; say whether the server still reaches it.
      String consequence =
          accepted.contains("TLSv1.2")
              ? "TLS 1.2 still works but lacks 1.3's protections."
              : "TLS 1.2 does not work either.";
      out.add(
          FindingCode.TLS13_NOT_SUPPORTED.raise(
              subject, "The server's newest version is " + newest + ": " + consequence, evidence));
    }
    // RFC 7627 §5.2 / RFC 9325 §3.5: every TLS 1.2-or-earlier session should use EMS.
    List<String> withoutEms = new ArrayList<>();
    if (sweepAnswered) {
      sweep.stream()
          .filter(r -> r.accepted() && "no".equals(r.extendedMasterSecret()))
          .forEach(r -> withoutEms.add(r.version()));
    } else if ("no".equals(main.extendedMasterSecret())) {
      withoutEms.add(main.version());
    }
    if (!withoutEms.isEmpty()) {
      out.add(
          FindingCode.TLS12_WITHOUT_EMS.raise(
              subject,
              "Sessions without Extended Master Secret: " + String.join(", ", withoutEms) + ".",
              evidence));
    }
    return out;
  }

  private static String describe(VersionResult r) {
    return switch (r.status()) {
      case ACCEPTED -> "accepted, " + r.cipherSuite() + ", EMS " + r.extendedMasterSecret();
      case REFUSED -> "refused (" + r.detail() + ")";
      case NOT_TESTED -> "not tested (" + r.detail() + ")";
      case UNDETERMINED -> "undetermined (" + r.detail() + ")";
    };
  }
}
