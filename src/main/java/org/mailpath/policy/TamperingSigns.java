package org.mailpath.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mailpath.finding.Finding;
import org.mailpath.finding.FindingCode;
import org.mailpath.policy.dane.DaneApplicability;
import org.mailpath.policy.dane.DaneResult;
import org.mailpath.tls.ProbeResult;

/**
 * Where the evidence shows an on-path attacker rather than a misconfigured server: the domain says
 * TLS is expected (a DNSSEC-valid TLSA record, an MTA-STS enforce policy listing the host), yet the
 * session shows no STARTTLS, or a certificate that neither the TLSA record nor the web PKI vouches
 * for. Neither proves an attack (an operator can break their own server), so the findings say
 * "suspected"; both are what RFC 3207 §6 describes an attacker doing.
 */
final class TamperingSigns {

  private TamperingSigns() {}

  /**
   * starttls-stripped-suspected: RFC 3207 §6 — an attacker deletes STARTTLS from the EHLO reply or
   * refuses it; RFC 7672 §2.2 (a usable TLSA RRset) and RFC 8461 §5 (enforce) say this host speaks
   * TLS, so a session without it is what a sender must treat as an attack, not as a fallback.
   *
   * @param daneRequired the host has a DNSSEC-valid, usable TLSA RRset
   * @param stsEnforced an MTA-STS policy in enforce mode lists the host
   */
  static Optional<Finding> strippedStarttls(
      String host, boolean daneRequired, boolean stsEnforced, ProbeResult session) {
    if (!session.smtp().connected() || session.smtp().greetingCode() != 220) {
      return Optional.empty();
    }
    if (!daneRequired && !stsEnforced) {
      return Optional.empty();
    }
    String starttlsReply = session.smtp().starttlsReply();
    boolean refused = starttlsReply != null && !starttlsReply.startsWith("220");
    if (session.smtp().starttlsOffered() && !refused) {
      return Optional.empty();
    }
    String expectedBy =
        daneRequired && stsEnforced
            ? "its TLSA record and the domain's MTA-STS enforce policy"
            : daneRequired ? "its TLSA record" : "the domain's MTA-STS enforce policy";
    String seen =
        refused
            ? "answers STARTTLS with \"" + starttlsReply + "\""
            : "does not offer STARTTLS in its EHLO reply";
    List<String> evidence = new ArrayList<>();
    evidence.add("EHLO reply: " + session.smtp().capabilities());
    if (starttlsReply != null) {
      evidence.add("STARTTLS reply: " + starttlsReply);
    }
    evidence.add("TLS expected by " + expectedBy);
    return Optional.of(
        FindingCode.STARTTLS_STRIPPED_SUSPECTED.raise(
            session.plan().label(),
            host
                + " "
                + seen
                + ", although "
                + expectedBy
                + " says it speaks TLS: someone on the path may be removing it.",
            evidence));
  }

  /**
   * certificate-substituted-suspected: RFC 7672 §2.2 — the chain matches no record of a usable TLSA
   * RRset, and RFC 5280 §6 path validation (or the RFC 9525 §6.3 name check) fails too: the
   * certificate is vouched for by neither DNS nor the web PKI, as one an on-path attacker makes for
   * itself would be. A stale TLSA record in front of an otherwise valid certificate is only
   * tlsa-invalid.
   */
  static Optional<Finding> substitutedCertificate(
      DaneApplicability applicability, DaneResult dane, ProbeResult session) {
    if (applicability.decision() != DaneApplicability.Decision.DANE_REQUIRED
        || dane == null
        || dane.status() != DaneResult.Status.NO_MATCH
        || session.tls() == null
        || session.tls().verdict() == null) {
      return Optional.empty();
    }
    var verdict = session.tls().verdict();
    if (verdict.pkixTrusted() && verdict.hostnameMatches()) {
      return Optional.empty();
    }
    String leaf =
        session.tls().chain().isEmpty()
            ? "(no certificate)"
            : session.tls().chain().get(0).subject()
                + " issued by "
                + session.tls().chain().get(0).issuer();
    return Optional.of(
        FindingCode.CERTIFICATE_SUBSTITUTED_SUSPECTED.raise(
            session.plan().label(),
            "The certificate matches no TLSA record and no trusted CA vouches for it for this"
                + " name: it may be an on-path attacker's own certificate.",
            List.of(
                "leaf: " + leaf,
                "TLSA: " + dane.detail(),
                "PKIX trusted: " + verdict.pkixTrusted(),
                "names the host: " + verdict.hostnameMatches())));
  }
}
