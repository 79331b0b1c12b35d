package org.mailpath.policy.senders;

import java.util.List;
import java.util.Optional;
import org.mailpath.policy.senders.SenderProfile.Fallback;
import org.mailpath.policy.senders.SenderProfile.Level;
import org.mailpath.tls.TlsVersion;

/**
 * The senders mailpath plays, each a real MTA at one level with its sources. "By hand" marks a fact
 * measured by the lead (issue "Every verdict true") that no test repeats yet.
 */
public final class SenderProfiles {
  private SenderProfiles() {}

  static final String POSTFIX_PROTOCOLS =
      "Debian 12 Postfix 3.7: postconf -d prints smtp_tls_protocols = >=TLSv1 and"
          + " smtp_tls_mandatory_protocols = >=TLSv1 (shown by PostfixDefaultsTest); TLS 1.0"
          + " delivery at may and encrypt measured by hand (not yet in a test)";

  static final TlsStack OPENSSL_POSTFIX =
      new TlsStack(
          "OpenSSL 3",
          TlsVersion.TLS_1_0,
          POSTFIX_PROTOCOLS,
          false,
          "OpenSSL does not check keyUsage for the server certificate (openssl/openssl issue"
              + " #12721); completing TLS measured by hand (not yet in a test)",
          true,
          "OpenSSL's purpose check refuses it: Postfix logs \"not designated for use as a server"
              + " certificate\"; at verify, measured by hand (not yet in a test)",
          "not known");

  static final TlsStack GNUTLS_EXIM =
      new TlsStack(
          "GnuTLS 3.7",
          TlsVersion.TLS_1_0,
          "Exim 4.96 on Debian 12 delivers over TLS 1.0 to a TLS 1.0-only server at every level"
              + " (hand measurement in issue \"Every verdict true\"; not yet in a test)",
          true,
          "GnuTLS aborts with a key usage violation (GnuTLS tests/key-usage-rsa.c; GnuTLS manual,"
              + " priority strings, %COMPAT)",
          null,
          "not known for Exim's tls_verify_hosts",
          "not known");

  static final TlsStack OPENSSL_OPENSMTPD =
      new TlsStack(
          "OpenSSL 3 (Debian opensmtpd 6.8.0p2 depends on libssl3)",
          null,
          "not known (smtpd.conf(5) names no protocol default)",
          false,
          "OpenSSL does not check keyUsage for the server certificate (openssl/openssl issue"
              + " #12721)",
          null,
          "not known",
          "not known");

  static final TlsStack HOSTED =
      new TlsStack(
          "not published", null, "not known", null, "not known", null, "not known", "not known");

  private static final String POSTFIX = "Postfix 3.7 (Debian 12, OpenSSL 3)";
  private static final String POSTFIX_FALLBACK = MtaBehaviour.POSTFIX_CLEAR_FALLBACK;
  private static final String TLS_README = "postconf(5) smtp_tls_security_level; TLS_README";

  public static final List<SenderProfile> ALL =
      List.of(
          postfix("may", Level.OPPORTUNISTIC, false, TLS_README + " \"Opportunistic TLS\""),
          postfix("encrypt", Level.ENCRYPT, false, TLS_README + " \"Mandatory TLS encryption\""),
          postfix(
              "dane",
              Level.OPPORTUNISTIC,
              true,
              TLS_README + " \"Opportunistic DANE TLS\"; needs smtp_dns_support_level = dnssec"),
          postfix(
              "verify",
              Level.VERIFY,
              false,
              TLS_README
                  + " \"Mandatory server certificate verification\";"
                  + " smtp_tls_verify_cert_match = hostname (postconf -d)"),
          postfix(
              "secure",
              Level.SECURE,
              false,
              TLS_README
                  + " \"Secure server certificate verification\";"
                  + " smtp_tls_secure_cert_match = nexthop, dot-nexthop (postconf -d)"),
          new SenderProfile(
              "exim-default",
              "Exim 4.96 (Debian 12, GnuTLS), default configuration",
              Level.OPPORTUNISTIC,
              false,
              false,
              GNUTLS_EXIM,
              Fallback.CLEAR_SAME_ATTEMPT,
              MtaBehaviour.EXIM_CLEAR_FALLBACK,
              List.of(
                  "hosts_try_tls defaults to * and tls_tempfail_tryclear to true (Exim spec,"
                      + " chapter \"The smtp transport\")")),
          new SenderProfile(
              "exim-require-tls",
              "Exim 4.96 (Debian 12, GnuTLS), hosts_require_tls = *",
              Level.ENCRYPT,
              false,
              false,
              GNUTLS_EXIM,
              Fallback.CLEAR_SAME_ATTEMPT,
              "hosts_require_tls: a host in the list is not retried in clear (Exim spec, chapter"
                  + " \"The smtp transport\")",
              List.of("hosts_require_tls (Exim spec, chapter \"The smtp transport\")")),
          new SenderProfile(
              "exim-verify",
              "Exim 4.96 (Debian 12, GnuTLS), tls_verify_hosts = *",
              Level.VERIFY,
              false,
              false,
              GNUTLS_EXIM,
              Fallback.CLEAR_SAME_ATTEMPT,
              "a host in tls_verify_hosts whose certificate fails verification is deferred (Exim"
                  + " spec, chapter \"The smtp transport\")",
              List.of(
                  "tls_verify_hosts with tls_verify_cert_hostnames (Exim spec, chapter \"The smtp"
                      + " transport\")")),
          new SenderProfile(
              "exim-dane",
              "Exim 4.96 (Debian 12, GnuTLS), hosts_try_dane = *",
              Level.OPPORTUNISTIC,
              true,
              false,
              GNUTLS_EXIM,
              Fallback.CLEAR_SAME_ATTEMPT,
              MtaBehaviour.EXIM_CLEAR_FALLBACK,
              List.of(
                  "hosts_try_dane (Exim spec, chapter \"Encrypted SMTP connections\", DANE);"
                      + " whether Debian's exim4-daemon-light is built with DANE: not known")),
          new SenderProfile(
              "opensmtpd-default",
              "OpenSMTPD 6.8 (Debian 12), relay",
              Level.OPPORTUNISTIC,
              false,
              false,
              OPENSSL_OPENSMTPD,
              Fallback.NOT_KNOWN,
              "not known (smtpd.conf(5) does not say what follows a failed handshake)",
              List.of(
                  "smtp:// \"Normal SMTP session with opportunistic STARTTLS (the default)\""
                      + " (smtpd.conf(5))")),
          new SenderProfile(
              "opensmtpd-tls-no-verify",
              "OpenSMTPD 6.8 (Debian 12), relay tls no-verify",
              Level.ENCRYPT,
              false,
              false,
              OPENSSL_OPENSMTPD,
              Fallback.NOT_KNOWN,
              "TLS is required, so no clear-text retry (smtpd.conf(5), tls)",
              List.of(
                  "tls no-verify: \"Require TLS to be used when relaying ... do not require a"
                      + " valid certificate\" (smtpd.conf(5))")),
          new SenderProfile(
              "opensmtpd-smtp-tls",
              "OpenSMTPD 6.8 (Debian 12), relay host smtp+tls://",
              Level.VERIFY,
              false,
              false,
              OPENSSL_OPENSMTPD,
              Fallback.NOT_KNOWN,
              "TLS is required, so no clear-text retry (smtpd.conf(5), smtp+tls)",
              List.of(
                  "smtp+tls: \"Normal SMTP session with mandatory STARTTLS\"; \"Server"
                      + " certificates for those protocols are verified by default\" (smtpd.conf(5))")),
          new SenderProfile(
              "microsoft-365",
              "Microsoft 365 (Exchange Online) outbound",
              Level.OPPORTUNISTIC,
              true,
              true,
              HOSTED,
              Fallback.NOT_KNOWN,
              "not known",
              List.of(
                  "outbound DANE and MTA-STS: Microsoft Learn, \"How SMTP DNS-based"
                      + " Authentication of Named Entities (DANE) works\" and \"Enhancing mail"
                      + " flow with MTA-STS\"; TLS versions and certificate checks: not known")),
          new SenderProfile(
              "gmail",
              "Gmail outbound",
              Level.OPPORTUNISTIC,
              false,
              true,
              HOSTED,
              Fallback.NOT_KNOWN,
              "not known",
              List.of(
                  "honours MTA-STS: Google Workspace Admin Help, \"About MTA-STS and TLS"
                      + " reporting\"; DANE, TLS versions and certificate checks: not known")),
          new SenderProfile(
              "requiretls",
              "any sender of a message marked REQUIRETLS (RFC 8689)",
              Level.REQUIRETLS,
              true,
              true,
              HOSTED,
              Fallback.NOT_KNOWN,
              "RFC 8689 §4.2.1: no clear-text retry",
              List.of("Postfix, Exim, OpenSMTPD: not known to implement REQUIRETLS")));

  public static Optional<SenderProfile> byId(String id) {
    return ALL.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  private static SenderProfile postfix(String level, Level rules, boolean dane, String source) {
    return new SenderProfile(
        "postfix-" + level,
        POSTFIX + ", smtp_tls_security_level = " + level,
        rules,
        dane,
        false,
        OPENSSL_POSTFIX,
        Fallback.CLEAR_LATER,
        POSTFIX_FALLBACK,
        List.of(source));
  }
}
