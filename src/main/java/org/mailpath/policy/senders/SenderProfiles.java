package org.mailpath.policy.senders;

import java.util.List;
import java.util.Optional;
import org.mailpath.policy.senders.SenderProfile.Fallback;
import org.mailpath.policy.senders.SenderProfile.Level;

/**
 * The senders mailpath plays, each a real MTA at one level with its sources. The Postfix, Exim and
 * OpenSMTPD profiles are the configurations .ci/real-senders.sh runs, and RealSenderAgreementTest
 * compares each row with what that real MTA does in the lab; their TLS libraries are in {@link
 * TlsStacks}.
 */
public final class SenderProfiles {
  private SenderProfiles() {}

  private static final String POSTFIX = "Postfix 3.7 (Debian 12, OpenSSL 3)";
  private static final String POSTFIX_FALLBACK = MtaBehaviour.POSTFIX_CLEAR_FALLBACK;
  private static final String EXIM_DANE_DEFAULT =
      "hosts_try_dane = * is Exim 4.96's own default (exim -bP transport), so DANE applies"
          + " wherever the MX and TLSA answers are DNSSEC-validated: "
          + TlsStacks.MEASURED
          + " (dane, dane-mismatch, dane-bogus, behind a validating resolver)";
  private static final String OPENSMTPD_NULL_MX =
      "OpenSMTPD 6.8 logs \"Failed to resolve MX ... No MX found for domain\" and defers"
          + " (TempFail) until its queue lifetime ends: "
          + TlsStacks.MEASURED
          + " (nullmx)";
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
              true,
              false,
              TlsStacks.GNUTLS_EXIM,
              Fallback.CLEAR_SAME_ATTEMPT,
              MtaBehaviour.EXIM_CLEAR_FALLBACK,
              List.of(
                  "hosts_try_tls defaults to * and tls_tempfail_tryclear to true (Exim spec,"
                      + " chapter \"The smtp transport\")",
                  EXIM_DANE_DEFAULT)),
          new SenderProfile(
              "exim-require-tls",
              "Exim 4.96 (Debian 12, GnuTLS), hosts_require_tls = *",
              Level.ENCRYPT,
              true,
              false,
              TlsStacks.GNUTLS_EXIM,
              Fallback.CLEAR_SAME_ATTEMPT,
              "hosts_require_tls: a host in the list is not retried in clear (Exim spec, chapter"
                  + " \"The smtp transport\")",
              List.of(
                  "hosts_require_tls (Exim spec, chapter \"The smtp transport\")",
                  EXIM_DANE_DEFAULT)),
          new SenderProfile(
              "exim-verify",
              "Exim 4.96 (Debian 12, GnuTLS), hosts_require_tls = * and tls_verify_hosts = *",
              Level.VERIFY,
              true,
              false,
              TlsStacks.GNUTLS_EXIM,
              Fallback.CLEAR_SAME_ATTEMPT,
              "a host in tls_verify_hosts whose certificate fails verification is deferred (Exim"
                  + " spec, chapter \"The smtp transport\")",
              List.of(
                  "tls_verify_hosts with tls_verify_cert_hostnames = * (exim -bP transport) and"
                      + " tls_verify_certificates = system (Exim spec, chapter \"The smtp"
                      + " transport\")",
                  "tls_verify_hosts alone does not require TLS: without hosts_require_tls Exim"
                      + " delivered in clear to a host without STARTTLS or whose certificate"
                      + " failed verification, "
                      + TlsStacks.MEASURED
                      + " (nostarttls, expired)",
                  EXIM_DANE_DEFAULT)),
          new SenderProfile(
              "exim-dane",
              "Exim 4.96 (Debian 12, GnuTLS), hosts_try_dane = *",
              Level.OPPORTUNISTIC,
              true,
              false,
              TlsStacks.GNUTLS_EXIM,
              Fallback.CLEAR_SAME_ATTEMPT,
              MtaBehaviour.EXIM_CLEAR_FALLBACK,
              List.of(
                  "hosts_try_dane (Exim spec, chapter \"Encrypted SMTP connections\", DANE);"
                      + " Debian's exim4-daemon-light is built with DANE (exim -bV: \"Support"
                      + " for: ... DANE\")",
                  EXIM_DANE_DEFAULT)),
          new SenderProfile(
              "opensmtpd-default",
              "OpenSMTPD 6.8 (Debian 12), relay",
              Level.OPPORTUNISTIC,
              false,
              false,
              TlsStacks.OPENSSL_OPENSMTPD,
              Fallback.CLEAR_SAME_ATTEMPT,
              "smtpd.conf(5) does not say what follows a failed handshake; OpenSMTPD logs"
                  + " \"opportunistic TLS failed, downgrading to plain\" and reconnects at once"
                  + " with smtp+notls://: "
                  + TlsStacks.MEASURED
                  + " (tls10)",
              List.of(
                  "smtp:// \"Normal SMTP session with opportunistic STARTTLS (the default)\""
                      + " (smtpd.conf(5))"),
              null,
              OPENSMTPD_NULL_MX),
          new SenderProfile(
              "opensmtpd-tls-no-verify",
              "OpenSMTPD 6.8 (Debian 12), relay tls no-verify",
              Level.ENCRYPT,
              false,
              false,
              TlsStacks.OPENSSL_OPENSMTPD,
              Fallback.NOT_KNOWN,
              "TLS is required, so no clear-text retry (smtpd.conf(5), tls)",
              List.of(
                  "tls no-verify: \"Require TLS to be used when relaying ... do not require a"
                      + " valid certificate\" (smtpd.conf(5))"),
              null,
              OPENSMTPD_NULL_MX),
          new SenderProfile(
              "opensmtpd-smtp-tls",
              "OpenSMTPD 6.8 (Debian 12), relay tls (mandatory STARTTLS, as smtp+tls://)",
              Level.VERIFY,
              false,
              false,
              TlsStacks.OPENSSL_OPENSMTPD,
              Fallback.NOT_KNOWN,
              "TLS is required, so no clear-text retry (smtpd.conf(5), smtp+tls)",
              List.of(
                  "smtp+tls: \"Normal SMTP session with mandatory STARTTLS\"; \"Server"
                      + " certificates for those protocols are verified by default\" (smtpd.conf(5))"),
              null,
              OPENSMTPD_NULL_MX),
          new SenderProfile(
              "microsoft-365",
              "Microsoft 365 (Exchange Online) outbound",
              Level.OPPORTUNISTIC,
              true,
              true,
              TlsStacks.HOSTED,
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
              TlsStacks.HOSTED,
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
              TlsStacks.HOSTED,
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
        rules == Level.VERIFY || rules == Level.SECURE
            ? TlsStacks.OPENSSL_POSTFIX_VERIFYING
            : TlsStacks.OPENSSL_POSTFIX,
        Fallback.CLEAR_LATER,
        POSTFIX_FALLBACK,
        List.of(source));
  }
}
