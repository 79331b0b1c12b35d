package org.mailpath.finding;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The one table of every finding mailpath can raise: code, severity, the RFC section it rests on,
 * and a sentence a trainee understands (kept as prose in findings/explanations.properties, one line
 * a code, so that the table stays one screen of codes). Codes are a contract (DESIGN.md); where RFC
 * 8460 §4.3 has a result type, the code is that result type verbatim.
 */
public enum FindingCode {
  // --- resolve ---
  NULL_MX("null-mx", Severity.ERROR, "RFC 7505 §3"),
  IMPLICIT_MX("implicit-mx", Severity.WARNING, "RFC 5321 §5.1"),
  MX_POINTS_TO_CNAME("mx-points-to-cname", Severity.WARNING, "RFC 5321 §5.1; RFC 2181 §10.3"),
  MX_UNRESOLVABLE("mx-unresolvable", Severity.ERROR, "RFC 5321 §5.1"),
  MX_HOSTS_NOT_PROBED("mx-hosts-not-probed", Severity.INFO, "RFC 5321 §5.1"),
  DOMAIN_NOT_FOUND("domain-not-found", Severity.ERROR, "RFC 8020 §2; RFC 5321 §5.1"),
  DNS_SERVFAIL("dns-servfail", Severity.ERROR, "RFC 1035 §4.1.1; RFC 5321 §5.1"),
  // --- connect ---
  CONNECTION_REFUSED("connection-refused", Severity.ERROR, "RFC 5321 §5.1"),
  CONNECTION_TIMEOUT("connection-timeout", Severity.INCONCLUSIVE, "RFC 5321 §4.5.3.2"),
  PORT25_BLOCKED("port25-blocked", Severity.INCONCLUSIVE, "RFC 5321 §4.5.3.2"),
  // --- the way out: a SOCKS5 proxy or SSH tunnel (--proxy, --ssh-jump) ---
  PROXY_UNREACHABLE("proxy-unreachable", Severity.INCONCLUSIVE, "RFC 1928 §3"),
  PROXY_AUTH_FAILED("proxy-auth-failed", Severity.INCONCLUSIVE, "RFC 1929 §2; RFC 1928 §3"),
  PROXY_TARGET_UNREACHABLE("proxy-target-unreachable", Severity.INCONCLUSIVE, "RFC 1928 §6"),
  PROXY_TIMEOUT("proxy-timeout", Severity.INCONCLUSIVE, "RFC 1928 §6"),
  PROXY_REFUSED("proxy-refused", Severity.INCONCLUSIVE, "RFC 1928 §6"),
  SMTP_TEMPORARY_FAILURE("smtp-temporary-failure", Severity.INCONCLUSIVE, "RFC 5321 §4.2.1"),
  SMTP_PERMANENT_FAILURE("smtp-permanent-failure", Severity.ERROR, "RFC 5321 §4.2.1; §3.1"),
  SMTP_PROTOCOL_ERROR("smtp-protocol-error", Severity.ERROR, "RFC 5321 §4.2"),
  // --- STARTTLS and TLS ---
  STARTTLS_NOT_SUPPORTED("starttls-not-supported", Severity.ERROR, "RFC 3207 §4; RFC 8460 §4.3.1"),
  STARTTLS_INCONSISTENT("starttls-inconsistent", Severity.ERROR, "RFC 3207 §6; RFC 8460 §4.3.1"),
  TLS_HANDSHAKE_FAILED("tls-handshake-failed", Severity.ERROR, "RFC 3207 §4.1; RFC 8446 §6"),
  TLS_CERTIFICATE_MESSAGE_TOO_LARGE(
      "tls-certificate-message-too-large", Severity.ERROR, "RFC 8446 §4.4.2; RFC 5246 §7.4.2"),
  TLS_CHAIN_TOO_LONG("tls-chain-too-long", Severity.ERROR, "RFC 8446 §4.4.2; RFC 5246 §7.4.2"),
  TLS_HANDSHAKE_MESSAGE_TOO_LARGE(
      "tls-handshake-message-too-large", Severity.ERROR, "RFC 8446 §4; RFC 5246 §7.4"),
  TLS_VERSION_OBSOLETE("tls-version-obsolete", Severity.WARNING, "RFC 8996 §2-3"),
  TLS_MAX_VERSION_1_0("tls-max-version-1.0", Severity.ERROR, "RFC 8996 §2; RFC 9325 §3.1.1"),
  TLS13_NOT_SUPPORTED("tls13-not-supported", Severity.WARNING, "RFC 8446 §1; RFC 9325 §3.1.1"),
  TLS12_WITHOUT_EMS("tls12-without-ems", Severity.WARNING, "RFC 7627 §5.2; RFC 9325 §3.5"),
  TLS_WEAK_CIPHER_ACCEPTED(
      "tls-weak-cipher-accepted", Severity.ERROR, "RFC 7465 §2; RFC 9325 §4.1"),
  TLS_CIPHER_WITHOUT_FORWARD_SECRECY(
      "tls-cipher-without-forward-secrecy", Severity.WARNING, "RFC 9325 §4.1"),
  TLS12_CBC_ONLY("tls12-cbc-only", Severity.WARNING, "RFC 9325 §4.2; RFC 7366"),
  // --- certificates ---
  CERTIFICATE_EXPIRED("certificate-expired", Severity.ERROR, "RFC 5280 §4.1.2.5; RFC 8460 §4.3.2"),
  CERTIFICATE_HOST_MISMATCH(
      "certificate-host-mismatch", Severity.ERROR, "RFC 9525 §6.3; RFC 8460 §4.3.2"),
  CERTIFICATE_NOT_TRUSTED(
      "certificate-not-trusted", Severity.ERROR, "RFC 5280 §6; RFC 8460 §4.3.2"),
  CERTIFICATE_KEYUSAGE_LACKS_DIGITALSIGNATURE(
      "certificate-keyusage-lacks-digitalsignature",
      Severity.ERROR,
      "RFC 8446 §4.4.2.2; RFC 5280 §4.2.1.3"),
  CERTIFICATE_EKU_LACKS_SERVERAUTH(
      "certificate-eku-lacks-serverauth", Severity.ERROR, "RFC 5280 §4.2.1.12"),
  CERTIFICATE_SELF_SIGNED(
      "certificate-self-signed", Severity.ERROR, "RFC 5280 §6.1; RFC 7672 §3.1.1"),
  CERTIFICATE_CHAIN_INCOMPLETE(
      "certificate-chain-incomplete", Severity.ERROR, "RFC 8446 §4.4.2; RFC 5246 §7.4.2"),
  CERTIFICATE_WEAK_KEY(
      "certificate-weak-key", Severity.ERROR, "RFC 9325 §4.3; NIST SP 800-131A Rev. 2 §3"),
  CERTIFICATE_SHA1_SIGNATURE(
      "certificate-sha1-signature", Severity.ERROR, "RFC 9155 §2; RFC 9325 §4.4"),
  // --- what the domain demands (later stages) ---
  REQUIRETLS_NOT_ADVERTISED("requiretls-not-advertised", Severity.INFO, "RFC 8689 §4.1"),
  TLSA_INVALID("tlsa-invalid", Severity.ERROR, "RFC 7672 §2.2; RFC 8460 §4.3.1"),
  DNSSEC_INVALID("dnssec-invalid", Severity.ERROR, "RFC 4035 §5; RFC 8460 §4.3.1"),
  DANE_REQUIRED("dane-required", Severity.ERROR, "RFC 7672 §2.2; RFC 8460 §4.3.1"),
  DANE_TLSA_MATCH("dane-tlsa-match", Severity.PASS, "RFC 7672 §3"),
  VALIDATION_FAILURE("validation-failure", Severity.ERROR, "RFC 8460 §4.3.2"),
  STS_POLICY_FETCH_ERROR(
      "sts-policy-fetch-error", Severity.ERROR, "RFC 8461 §3.3; RFC 8460 §4.3.2"),
  STS_POLICY_INVALID("sts-policy-invalid", Severity.ERROR, "RFC 8461 §3.2; RFC 8460 §4.3.2"),
  STS_WEBPKI_INVALID("sts-webpki-invalid", Severity.ERROR, "RFC 8461 §3.3; RFC 8460 §4.3.2"),
  STS_MX_MISMATCH("sts-mx-mismatch", Severity.ERROR, "RFC 8461 §4.1"),
  STS_ENFORCE("sts-enforce", Severity.PASS, "RFC 8461 §5"),
  STS_RECORD_INVALID("sts-record-invalid", Severity.WARNING, "RFC 8461 §3.1"),
  STS_TESTING("sts-testing", Severity.INFO, "RFC 8461 §5"),
  TLSRPT_INVALID("tlsrpt-invalid", Severity.WARNING, "RFC 8460 §3"),
  TLSA_UNUSABLE("tlsa-unusable", Severity.WARNING, "RFC 7672 §2.2; RFC 7672 §3.1.3"),
  REQUIRETLS_UNDELIVERABLE("requiretls-undeliverable", Severity.INFO, "RFC 8689 §4.2; RFC 8689 §5"),
  TLSRPT_PRESENT("tlsrpt-present", Severity.PASS, "RFC 8460 §3"),
  // --- signs of an on-path attacker (RFC 3207 §6), where the domain says TLS is expected ---
  STARTTLS_STRIPPED_SUSPECTED(
      "starttls-stripped-suspected", Severity.ERROR, "RFC 3207 §6; RFC 7672 §2.2; RFC 8461 §5"),
  CERTIFICATE_SUBSTITUTED_SUSPECTED(
      "certificate-substituted-suspected", Severity.ERROR, "RFC 3207 §6; RFC 7672 §2.2"),
  // --- against the earlier sessions in history (the app compares; a trace alone cannot) ---
  CERTIFICATE_KEY_CHANGED(
      "certificate-key-changed", Severity.WARNING, "RFC 3207 §6; RFC 7672 §2.2");

  private final String code;
  private final Severity severity;
  private final String rfc;

  FindingCode(String code, Severity severity, String rfc) {
    this.code = code;
    this.severity = severity;
    this.rfc = rfc;
  }

  public String code() {
    return code;
  }

  public Severity severity() {
    return severity;
  }

  public String rfc() {
    return rfc;
  }

  /** The sentence a trainee reads, from findings/explanations.properties beside the table. */
  public String explanation() {
    return FindingExplanations.of(code);
  }

  /** Raises this finding about {@code subject} with what was seen and the lines that show it. */
  public Finding raise(String subject, String detail, List<String> evidence) {
    return new Finding(
        code,
        severity,
        rfc,
        TlsRptResultType.of(this).orElse(null),
        explanation(),
        subject,
        detail,
        evidence);
  }

  public Finding raise(String subject, String detail, String... evidence) {
    return raise(subject, detail, List.of(evidence));
  }

  public static Optional<FindingCode> byCode(String code) {
    return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
  }
}
