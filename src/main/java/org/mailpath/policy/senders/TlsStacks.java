package org.mailpath.policy.senders;

import org.mailpath.tls.TlsVersion;

/**
 * The TLS libraries the sender profiles are built with, each fact with its source. "Measured by
 * RealSenderAgreementTest" means the real MTA did it against the lab in that test
 * (target/real-senders/agreement.md shows its log line).
 */
final class TlsStacks {
  private TlsStacks() {}

  static final String MEASURED = "measured by RealSenderAgreementTest";

  static final String POSTFIX_PROTOCOLS =
      "Debian 12 Postfix 3.7: postconf -d prints smtp_tls_protocols = >=TLSv1 and"
          + " smtp_tls_mandatory_protocols = >=TLSv1 (shown by PostfixDefaultsTest); TLS 1.0"
          + " and 1.1 delivery at may and encrypt "
          + MEASURED
          + " (tls10, tls11)";

  /** Postfix at may, encrypt and dane (no TLSA records): certificates are not checked. */
  static final TlsStack OPENSSL_POSTFIX =
      new TlsStack(
          "OpenSSL 3",
          TlsVersion.TLS_1_0,
          POSTFIX_PROTOCOLS,
          false,
          "OpenSSL does not check keyUsage for the server certificate (openssl/openssl issue"
              + " #12721); completing TLS 1.2 with ECDHE_RSA "
              + MEASURED
              + " (keyusage)",
          true,
          "OpenSSL's purpose check refuses it: Postfix logs \"not designated for use as a server"
              + " certificate\"; at verify and secure "
              + MEASURED
              + " (eku)",
          "not known",
          true,
          "Postfix logs \"CA signature digest algorithm too weak\" and defers at verify and"
              + " secure: "
              + MEASURED
              + " (weakkey: RSA 1024, SHA-1 signature)");

  /**
   * Postfix at verify and secure: TLS 1.0 and 1.1 handshakes fail with OpenSSL's "legacy sigalg
   * disallowed or unsupported" (their ServerKeyExchange is signed over SHA-1: RFC 4346 §7.4.3, RFC
   * 4492 §5.4), while at may and encrypt the same servers complete TLS 1.0.
   */
  static final TlsStack OPENSSL_POSTFIX_VERIFYING =
      new TlsStack(
          "OpenSSL 3",
          TlsVersion.TLS_1_2,
          "TLS 1.0 and 1.1 fail at verify and secure (\"legacy sigalg disallowed or"
              + " unsupported\"): "
              + MEASURED
              + " (tls10, tls11)",
          OPENSSL_POSTFIX.keyUsageEnforced(),
          OPENSSL_POSTFIX.keyUsageSource(),
          OPENSSL_POSTFIX.ekuEnforcedWhenVerifying(),
          OPENSSL_POSTFIX.ekuSource(),
          OPENSSL_POSTFIX.ems(),
          OPENSSL_POSTFIX.weakCertificateRefusedWhenVerifying(),
          OPENSSL_POSTFIX.weakCertificateSource());

  static final TlsStack GNUTLS_EXIM =
      new TlsStack(
          "GnuTLS 3.7",
          TlsVersion.TLS_1_0,
          "Exim 4.96 on Debian 12 delivers over TLS 1.0 to a TLS 1.0-only server at every level: "
              + MEASURED
              + " (tls10)",
          true,
          "GnuTLS aborts with a key usage violation (GnuTLS tests/key-usage-rsa.c; GnuTLS manual,"
              + " priority strings, %COMPAT); Exim logs \"Key usage violation in certificate has"
              + " been detected\": "
              + MEASURED
              + " (keyusage)",
          false,
          "Exim's verification does not ask GnuTLS for the serverAuth purpose: a certificate for"
              + " clientAuth only verifies (CV=yes), "
              + MEASURED
              + " (eku)",
          "not known",
          true,
          "Exim logs \"certificate verification failed: certificate invalid\" and defers: "
              + MEASURED
              + " (weakkey: RSA 1024, SHA-1 signature)");

  static final TlsStack OPENSSL_OPENSMTPD =
      new TlsStack(
          "OpenSSL 3 (Debian opensmtpd 6.8.0p2 depends on libssl3)",
          TlsVersion.TLS_1_2,
          "smtpd.conf(5) names no protocol default; TLS 1.0 and 1.1 handshakes fail (\"legacy"
              + " sigalg disallowed or unsupported\"): "
              + MEASURED
              + " (tls10, tls11)",
          false,
          "OpenSSL does not check keyUsage for the server certificate (openssl/openssl issue"
              + " #12721)",
          false,
          "OpenSMTPD 6.8's check (\"mta server-cert-check\") does not ask for the serverAuth"
              + " purpose: a certificate for clientAuth only passes, "
              + MEASURED
              + " (eku)",
          "not known",
          false,
          "OpenSMTPD 6.8's check passes a certificate with an RSA 1024 key signed with SHA-1: "
              + MEASURED
              + " (weakkey)");

  static final TlsStack HOSTED =
      new TlsStack(
          "not published",
          null,
          "not known",
          null,
          "not known",
          null,
          "not known",
          "not known",
          null,
          "not known");
}
