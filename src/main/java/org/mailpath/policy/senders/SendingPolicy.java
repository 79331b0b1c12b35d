package org.mailpath.policy.senders;

/**
 * The kinds of sender the simulator plays, each with the RFC that defines its behaviour and the
 * settings of common MTAs that select it. Where an MTA's behaviour is not documented in a source
 * mailpath cites, the text says "not known".
 */
public enum SendingPolicy {
  OPPORTUNISTIC(
      "opportunistic STARTTLS",
      "RFC 3207; RFC 7435",
      "Postfix: smtp_tls_security_level = may (postconf(5), TLS_README \"Opportunistic TLS\")."
          + " Exim: hosts_try_tls with tls_tempfail_tryclear = true (Exim spec, chapter \"The smtp"
          + " transport\")."),
  ENCRYPT(
      "mandatory TLS, unauthenticated",
      "RFC 3207 §4.1",
      "Postfix: smtp_tls_security_level = encrypt (postconf(5), TLS_README \"Mandatory TLS"
          + " encryption\"). Exim: hosts_require_tls."),
  DANE(
      "DANE",
      "RFC 7672",
      "Postfix: smtp_tls_security_level = dane with smtp_dns_support_level = dnssec"
          + " (TLS_README \"Opportunistic DANE TLS\"). Exim: hosts_try_dane / hosts_require_dane;"
          + " where DANE applies Exim does not retry in clear (its source sets"
          + " tls_tempfail_tryclear false)."),
  MTA_STS(
      "MTA-STS",
      "RFC 8461 §5",
      "Postfix 3.7: not built in; a policy server such as postfix-mta-sts-resolver supplies"
          + " per-domain TLS policy. Exim: not known."),
  VERIFY(
      "mandatory PKIX-verified TLS",
      "RFC 3207 §4.1; RFC 9525 §6",
      "Postfix: smtp_tls_security_level = verify checks the MX host name by default"
          + " (smtp_tls_verify_cert_match = hostname); \"secure\" checks the next-hop domain"
          + " instead (smtp_tls_secure_cert_match = nexthop, dot-nexthop), so a certificate naming"
          + " only the MX host fails it (postconf(5)). Exim: tls_verify_hosts with"
          + " tls_verify_cert_hostnames."),
  REQUIRETLS(
      "message sent with REQUIRETLS",
      "RFC 8689 §4.2.1, §5",
      "Postfix: not known to implement REQUIRETLS. Exim: not known.");

  private final String label;
  private final String rfc;
  private final String mtaSettings;

  SendingPolicy(String label, String rfc, String mtaSettings) {
    this.label = label;
    this.rfc = rfc;
    this.mtaSettings = mtaSettings;
  }

  public String label() {
    return label;
  }

  public String rfc() {
    return rfc;
  }

  /** Which MTA settings select this behaviour, with their documentation. */
  public String mtaSettings() {
    return mtaSettings;
  }
}
