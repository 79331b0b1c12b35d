package org.mailpath.context;

/** The steps of a trace, in the order a sending MTA takes them. */
public enum StepKind {
  RESOLVE_MX("Resolve MX"),
  RESOLVE_ADDRESSES("Resolve addresses"),
  DOMAIN_POLICY("Domain policy"),
  CONNECT("Connect"),
  GREETING("Greeting"),
  EHLO("EHLO"),
  STARTTLS("STARTTLS"),
  TLS_HANDSHAKE("TLS handshake"),
  CERTIFICATE_CHECK("Certificate"),
  EHLO_AFTER_TLS("EHLO after TLS"),
  VERSION_SWEEP("Version sweep"),
  CIPHER_SUITES("TLS 1.2 suites"),
  QUIT("QUIT");

  private final String label;

  StepKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
