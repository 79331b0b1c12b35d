package org.mailpath.app;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mailpath.finding.Finding;
import org.mailpath.finding.FindingCode;
import org.mailpath.pki.CertificateInfo;
import org.mailpath.pki.PublicKeyFingerprint;
import org.mailpath.policy.PolicyReport;
import org.mailpath.policy.dane.DaneResult;
import org.mailpath.tls.TlsObservation;
import org.mailpath.trace.ConnectionReport;
import org.mailpath.trace.TraceReport;

/**
 * certificate-key-changed: RFC 3207 §6 — an attacker on the path can answer STARTTLS with a
 * certificate of its own, and a CA that issues one for the MX name (compromised or coerced) makes
 * it pass every check of a single session. What still shows it is continuity: the MX host presented
 * another public key in the previous session. A usable TLSA record that matches the new certificate
 * vouches for the key (RFC 7672 §2.2, §3), so then nothing is raised. Pure: it compares two reports
 * and knows nothing of where the earlier one was kept.
 */
final class KeyContinuity {
  private KeyContinuity() {}

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  /**
   * A finding for each connection of {@code current} whose leaf key the same MX host (by name) did
   * not present in {@code earlier} (stored as session {@code earlierId}) and no TLSA record
   * matched. Hosts absent from the earlier session, or seen there without a certificate, give none.
   */
  static List<Finding> changedKeys(TraceReport current, long earlierId, TraceReport earlier) {
    if (current.cancelled()) {
      return List.of();
    }
    Map<String, Set<String>> earlierKeys = keysByHost(earlier);
    List<Finding> findings = new ArrayList<>();
    for (ConnectionReport connection : current.connections()) {
      Set<String> before = earlierKeys.get(hostOf(connection));
      Optional<CertificateInfo> leaf = leafOf(connection.tls());
      if (before == null || leaf.isEmpty()) {
        continue;
      }
      Optional<String> now = PublicKeyFingerprint.sha256(leaf.get());
      if (now.isEmpty()
          || before.contains(now.get())
          || tlsaMatched(current.policy(), connection.plan().id())) {
        continue;
      }
      findings.add(
          raise(connection, leaf.get(), now.get(), before, earlierId, earlier, current.policy()));
    }
    return findings;
  }

  private static Finding raise(
      ConnectionReport connection,
      CertificateInfo leaf,
      String now,
      Set<String> before,
      long earlierId,
      TraceReport earlier,
      PolicyReport policy) {
    String host = connection.plan().mxHost();
    String session = "session " + earlierId + " of " + WHEN.format(earlier.started());
    String trust =
        webPkiTrusts(connection.tls()) ? "a CA you trust vouches" : "no CA you trust vouches";
    List<String> evidence = new ArrayList<>();
    evidence.add("earlier: " + session);
    evidence.add("public key then (SHA-256 of SubjectPublicKeyInfo): " + String.join(", ", before));
    evidence.add("public key now (SHA-256 of SubjectPublicKeyInfo): " + now);
    evidence.add("certificate now: " + leaf.subject() + " issued by " + leaf.issuer());
    evidence.add(
        "trusted by the web PKI for this name: " + (webPkiTrusts(connection.tls()) ? "yes" : "no"));
    evidence.add("TLSA: " + tlsaSays(policy, connection.plan().id()));
    return FindingCode.CERTIFICATE_KEY_CHANGED.raise(
        connection.plan().label(),
        host
            + " presents a certificate on a different public key than in "
            + session
            + ", and "
            + trust
            + " for it. Either its operator renewed the certificate with a new key, or someone on"
            + " the network path is presenting their own certificate: ask the operator whether the"
            + " key changed.",
        evidence);
  }

  /** The leaf keys each MX host presented, by lower-case name. */
  private static Map<String, Set<String>> keysByHost(TraceReport report) {
    Map<String, Set<String>> keys = new LinkedHashMap<>();
    for (ConnectionReport connection : report.connections()) {
      leafOf(connection.tls())
          .flatMap(PublicKeyFingerprint::sha256)
          .ifPresent(
              key -> keys.computeIfAbsent(hostOf(connection), h -> new LinkedHashSet<>()).add(key));
    }
    return keys;
  }

  private static String hostOf(ConnectionReport connection) {
    return connection.plan().mxHost().toLowerCase(Locale.ROOT);
  }

  private static Optional<CertificateInfo> leafOf(TlsObservation tls) {
    return tls == null || tls.chain().isEmpty()
        ? Optional.empty()
        : Optional.of(tls.chain().get(0));
  }

  private static boolean webPkiTrusts(TlsObservation tls) {
    return tls.verdict() != null && tls.verdict().pkixTrusted() && tls.verdict().hostnameMatches();
  }

  // RFC 7672 §3: a TLSA record that matches the presented chain authenticates it, new key or not.
  private static boolean tlsaMatched(PolicyReport policy, String connectionId) {
    return policy != null
        && policy.dane().stream()
            .flatMap(host -> host.checks().stream())
            .anyMatch(
                check ->
                    check.connectionId().equals(connectionId)
                        && check.status().equals(DaneResult.Status.MATCH.name()));
  }

  private static String tlsaSays(PolicyReport policy, String connectionId) {
    if (policy == null) {
      return "not looked up";
    }
    return policy.dane().stream()
        .flatMap(host -> host.checks().stream())
        .filter(check -> check.connectionId().equals(connectionId))
        .map(check -> check.detail() == null ? "no record matched" : check.detail())
        .findFirst()
        .orElse("no usable TLSA record for this host");
  }
}
