package org.mailpath.finding;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The one table of every finding mailpath can raise: code, severity, the RFC section it rests on,
 * and a sentence a trainee understands. Codes are a contract (DESIGN.md); where RFC 8460 §4.3 has a
 * result type, the code is that result type verbatim.
 */
public enum FindingCode {
  // --- resolve ---
  NULL_MX(
      "null-mx",
      Severity.ERROR,
      "RFC 7505 §3",
      "The domain publishes a null MX: it declares that it accepts no mail at all, so every sender"
          + " bounces the message at once."),
  IMPLICIT_MX(
      "implicit-mx",
      Severity.WARNING,
      "RFC 5321 §5.1",
      "The domain has no MX record, so senders fall back to its address record and treat the"
          + " domain itself as the mail server."),
  MX_POINTS_TO_CNAME(
      "mx-points-to-cname",
      Severity.WARNING,
      "RFC 5321 §5.1; RFC 2181 §10.3",
      "The MX record names an alias (CNAME) instead of a host name; most senders follow it, but"
          + " the standard forbids it and some senders refuse."),
  MX_UNRESOLVABLE(
      "mx-unresolvable",
      Severity.ERROR,
      "RFC 5321 §5.1",
      "A mail server named by the MX record has no IPv4 or IPv6 address, so senders cannot reach"
          + " it."),
  DOMAIN_NOT_FOUND(
      "domain-not-found",
      Severity.ERROR,
      "RFC 8020 §2; RFC 5321 §5.1",
      "The domain does not exist in DNS (NXDOMAIN), so no mail can be delivered to it."),
  DNS_SERVFAIL(
      "dns-servfail",
      Severity.ERROR,
      "RFC 1035 §4.1.1; RFC 5321 §5.1",
      "The DNS could not answer (server failure or timeout); senders keep the message queued and"
          + " retry later."),
  // --- connect ---
  CONNECTION_REFUSED(
      "connection-refused",
      Severity.ERROR,
      "RFC 5321 §5.1",
      "Nothing accepts connections on the SMTP port of this address; senders move on to the next"
          + " MX or retry later."),
  CONNECTION_TIMEOUT(
      "connection-timeout",
      Severity.ERROR,
      "RFC 5321 §4.5.3.2",
      "The server did not answer in time; senders give up on this address and retry later."),
  PORT25_BLOCKED(
      "port25-blocked",
      Severity.ERROR,
      "RFC 5321 §4.5.3.2",
      "Outgoing connections to port 25 seem blocked from this network, so nothing can be concluded"
          + " about the servers: trace through a proxy (--proxy, --ssh-jump) or from a server."),
  // --- the way out: a SOCKS5 proxy or SSH tunnel (--proxy, --ssh-jump) ---
  PROXY_UNREACHABLE(
      "proxy-unreachable",
      Severity.ERROR,
      "RFC 1928 §3",
      "The proxy this trace goes through refused the connection or did not answer, so the mail"
          + " server was never tried; nothing is known about it."),
  PROXY_AUTH_FAILED(
      "proxy-auth-failed",
      Severity.ERROR,
      "RFC 1929 §2; RFC 1928 §3",
      "The proxy did not accept the username and password (or wants a login that was not given),"
          + " so the mail server was never tried."),
  PROXY_TARGET_UNREACHABLE(
      "proxy-target-unreachable",
      Severity.ERROR,
      "RFC 1928 §6",
      "The proxy could not reach the mail server from where it is (network or host unreachable,"
          + " or connection refused there); senders on that network could not either."),
  PROXY_TIMEOUT(
      "proxy-timeout",
      Severity.ERROR,
      "RFC 1928 §6",
      "The proxy was too slow to answer, so the mail server could not be judged through it."),
  PROXY_REFUSED(
      "proxy-refused",
      Severity.ERROR,
      "RFC 1928 §6",
      "The proxy refused the request by its own rules or did not speak SOCKS5, so the mail server"
          + " was never tried."),
  SMTP_TEMPORARY_FAILURE(
      "smtp-temporary-failure",
      Severity.ERROR,
      "RFC 5321 §4.2.1",
      "The server answered with a temporary failure (4xx) or closed the session; senders queue the"
          + " message and retry later."),
  SMTP_PERMANENT_FAILURE(
      "smtp-permanent-failure",
      Severity.ERROR,
      "RFC 5321 §4.2.1; §3.1",
      "The server answered with a permanent failure (5xx), such as a 554 greeting that refuses"
          + " all service; senders return the message to its sender."),
  SMTP_PROTOCOL_ERROR(
      "smtp-protocol-error",
      Severity.ERROR,
      "RFC 5321 §4.2",
      "The server's reply was not valid SMTP (garbage, an over-long line or too many lines), so a"
          + " sender would abandon the session."),
  // --- STARTTLS and TLS ---
  STARTTLS_NOT_SUPPORTED(
      "starttls-not-supported",
      Severity.ERROR,
      "RFC 3207 §4; RFC 8460 §4.3.1",
      "The server does not offer STARTTLS, so opportunistic senders deliver the whole message in"
          + " clear text and senders that require TLS cannot deliver."),
  TLS_HANDSHAKE_FAILED(
      "tls-handshake-failed",
      Severity.ERROR,
      "RFC 3207 §4.1; RFC 8446 §6",
      "STARTTLS was offered but the TLS handshake failed; many senders then retry in clear text or"
          + " defer the message."),
  TLS_VERSION_OBSOLETE(
      "tls-version-obsolete",
      Severity.WARNING,
      "RFC 8996 §2-3",
      "The server accepts TLS 1.0 or 1.1, which are deprecated and no longer considered secure."),
  TLS_MAX_VERSION_1_0(
      "tls-max-version-1.0",
      Severity.ERROR,
      "RFC 8996 §2; RFC 9325 §3.1.1",
      "The server speaks nothing newer than TLS 1.0: senders that require TLS 1.2 or later cannot"
          + " use TLS with it and either fall back to clear text or defer."),
  TLS13_NOT_SUPPORTED(
      "tls13-not-supported",
      Severity.WARNING,
      "RFC 8446 §1; RFC 9325 §3.1.1",
      "The server does not speak TLS 1.3, the current version; TLS 1.2 still works but lacks 1.3's"
          + " protections."),
  TLS12_WITHOUT_EMS(
      "tls12-without-ems",
      Severity.WARNING,
      "RFC 7627 §5.2; RFC 9325 §3.5",
      "The TLS 1.2 session was made without Extended Master Secret, which exposes it to"
          + " triple-handshake attacks; clients that require EMS refuse to connect."),
  TLS_WEAK_CIPHER_ACCEPTED(
      "tls-weak-cipher-accepted",
      Severity.ERROR,
      "RFC 7465 §2; RFC 9325 §4.1",
      "The server accepts a broken cipher suite (RC4, 3DES, export, NULL or anonymous); a"
          + " downgrading attacker can make a sender use it."),
  TLS_CIPHER_WITHOUT_FORWARD_SECRECY(
      "tls-cipher-without-forward-secrecy",
      Severity.WARNING,
      "RFC 9325 §4.1",
      "The server accepts RSA key transport: whoever later obtains the server's private key can"
          + " decrypt recorded mail sessions."),
  TLS12_CBC_ONLY(
      "tls12-cbc-only",
      Severity.WARNING,
      "RFC 9325 §4.2; RFC 7366",
      "With TLS 1.2 the server offers only CBC suites, not the AEAD suites (GCM, ChaCha20) that"
          + " current guidance recommends."),
  // --- certificates ---
  CERTIFICATE_EXPIRED(
      "certificate-expired",
      Severity.ERROR,
      "RFC 5280 §4.1.2.5; RFC 8460 §4.3.2",
      "The server's certificate is outside its validity dates, so senders that check certificates"
          + " refuse it."),
  CERTIFICATE_HOST_MISMATCH(
      "certificate-host-mismatch",
      Severity.ERROR,
      "RFC 9525 §6.3; RFC 8460 §4.3.2",
      "The server's certificate does not name the MX host, so senders that check names refuse it."),
  CERTIFICATE_NOT_TRUSTED(
      "certificate-not-trusted",
      Severity.ERROR,
      "RFC 5280 §6; RFC 8460 §4.3.2",
      "The certificate chain does not lead to a trusted certification authority, so senders that"
          + " verify certificates (MTA-STS, PKIX policies) refuse it."),
  CERTIFICATE_KEYUSAGE_LACKS_DIGITALSIGNATURE(
      "certificate-keyusage-lacks-digitalsignature",
      Severity.ERROR,
      "RFC 8446 §4.4.2.2; RFC 5280 §4.2.1.3",
      "The certificate's keyUsage lacks digitalSignature, so it may not sign (EC)DHE key exchanges"
          + " or TLS 1.3 handshakes; clients that enforce keyUsage abort the handshake."),
  CERTIFICATE_EKU_LACKS_SERVERAUTH(
      "certificate-eku-lacks-serverauth",
      Severity.WARNING,
      "RFC 5280 §4.2.1.12",
      "The certificate's extended key usage does not include serverAuth, so clients that check it"
          + " refuse the certificate for a server."),
  CERTIFICATE_SELF_SIGNED(
      "certificate-self-signed",
      Severity.WARNING,
      "RFC 5280 §6.1; RFC 7672 §3.1.1",
      "The server's certificate signs itself, so no CA vouches for it: PKIX senders (MTA-STS,"
          + " verify policies) refuse it; DANE-EE(3) records can still authenticate it."),
  CERTIFICATE_CHAIN_INCOMPLETE(
      "certificate-chain-incomplete",
      Severity.ERROR,
      "RFC 8446 §4.4.2; RFC 5246 §7.4.2",
      "The server did not send the intermediate certificate that links its certificate to a CA, so"
          + " senders that verify certificates cannot build a chain and refuse it."),
  CERTIFICATE_WEAK_KEY(
      "certificate-weak-key",
      Severity.ERROR,
      "RFC 9325 §4.3; NIST SP 800-131A Rev. 2 §3",
      "The certificate's key is too small to be safe (RSA below 2048 bits, EC below 256), and"
          + " current TLS libraries reject it."),
  CERTIFICATE_SHA1_SIGNATURE(
      "certificate-sha1-signature",
      Severity.ERROR,
      "RFC 9155 §2; RFC 9325 §4.4",
      "A certificate in the chain is signed with SHA-1 (or MD5), which collisions have broken;"
          + " current TLS libraries refuse such signatures."),
  // --- what the domain demands (later stages) ---
  REQUIRETLS_NOT_ADVERTISED(
      "requiretls-not-advertised",
      Severity.INFO,
      "RFC 8689 §4.1",
      "The server does not advertise REQUIRETLS, so a message that demands TLS on every hop is"
          + " returned to its sender."),
  TLSA_INVALID(
      "tlsa-invalid",
      Severity.ERROR,
      "RFC 7672 §2.2; RFC 8460 §4.3.1",
      "The DANE TLSA record does not match the server's certificate, so DANE senders defer the"
          + " message."),
  DNSSEC_INVALID(
      "dnssec-invalid",
      Severity.ERROR,
      "RFC 4035 §5; RFC 8460 §4.3.1",
      "DNSSEC validation failed for a record mailpath needed, so validating senders cannot trust the"
          + " answer and defer."),
  DANE_REQUIRED(
      "dane-required",
      Severity.ERROR,
      "RFC 7672 §2.2; RFC 8460 §4.3.1",
      "DANE TLSA records exist but the server could not be authenticated with them."),
  DANE_TLSA_MATCH(
      "dane-tlsa-match",
      Severity.PASS,
      "RFC 7672 §3",
      "A DANE TLSA record matches the server's certificate: DANE senders will authenticate it."),
  VALIDATION_FAILURE(
      "validation-failure",
      Severity.ERROR,
      "RFC 8460 §4.3.2",
      "The server's certificate failed validation for a reason not covered by a more specific"
          + " finding."),
  STS_POLICY_FETCH_ERROR(
      "sts-policy-fetch-error",
      Severity.ERROR,
      "RFC 8461 §3.3; RFC 8460 §4.3.2",
      "An MTA-STS policy is announced but could not be fetched over HTTPS."),
  STS_POLICY_INVALID(
      "sts-policy-invalid",
      Severity.ERROR,
      "RFC 8461 §3.2; RFC 8460 §4.3.2",
      "The MTA-STS policy file is malformed."),
  STS_WEBPKI_INVALID(
      "sts-webpki-invalid",
      Severity.ERROR,
      "RFC 8461 §3.3; RFC 8460 §4.3.2",
      "The MTA-STS policy host's certificate is not valid for the web PKI."),
  STS_MX_MISMATCH(
      "sts-mx-mismatch",
      Severity.ERROR,
      "RFC 8461 §4.1",
      "An MX host does not match the MTA-STS policy's mx patterns, so enforcing senders will not use"
          + " it."),
  STS_ENFORCE(
      "sts-enforce",
      Severity.PASS,
      "RFC 8461 §5",
      "The domain publishes an MTA-STS policy in enforce mode: MTA-STS senders require"
          + " authenticated TLS."),
  STS_RECORD_INVALID(
      "sts-record-invalid",
      Severity.WARNING,
      "RFC 8461 §3.1",
      "The _mta-sts TXT record is malformed or there are several, so senders ignore MTA-STS for"
          + " this domain."),
  STS_TESTING(
      "sts-testing",
      Severity.INFO,
      "RFC 8461 §5",
      "The MTA-STS policy is in testing mode: senders report failures but deliver anyway."),
  TLSRPT_INVALID(
      "tlsrpt-invalid",
      Severity.WARNING,
      "RFC 8460 §3",
      "The TLS-RPT record is malformed or there are several, so senders send no TLS reports."),
  TLSA_UNUSABLE(
      "tlsa-unusable",
      Severity.WARNING,
      "RFC 7672 §2.2; RFC 7672 §3.1.3",
      "The MX host publishes TLSA records, but none is usable for SMTP (e.g. PKIX-TA/EE usages):"
          + " DANE senders still require TLS but cannot authenticate the server."),
  REQUIRETLS_UNDELIVERABLE(
      "requiretls-undeliverable",
      Severity.INFO,
      "RFC 8689 §4.2; RFC 8689 §5",
      "A message sent with REQUIRETLS cannot reach this domain: it is returned to its sender."),
  TLSRPT_PRESENT(
      "tlsrpt-present",
      Severity.PASS,
      "RFC 8460 §3",
      "The domain publishes a TLS-RPT record, so senders report TLS failures to it.");

  private final String code;
  private final Severity severity;
  private final String rfc;
  private final String explanation;

  FindingCode(String code, Severity severity, String rfc, String explanation) {
    this.code = code;
    this.severity = severity;
    this.rfc = rfc;
    this.explanation = explanation;
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

  public String explanation() {
    return explanation;
  }

  /** Raises this finding about {@code subject} with what was seen and the lines that show it. */
  public Finding raise(String subject, String detail, List<String> evidence) {
    return new Finding(code, severity, rfc, explanation, subject, detail, evidence);
  }

  public Finding raise(String subject, String detail, String... evidence) {
    return raise(subject, detail, List.of(evidence));
  }

  public static Optional<FindingCode> byCode(String code) {
    return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
  }
}
