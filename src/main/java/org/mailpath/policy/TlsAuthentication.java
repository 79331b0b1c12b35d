package org.mailpath.policy;

/**
 * How the sender authenticates the receiving MX. Opportunistic senders do not check certificates at
 * all (RFC 7672 §1.3), so only DANE and MTA-STS in enforce mode count.
 */
public enum TlsAuthentication {
  NONE("none", ""),
  /** RFC 7672: DNSSEC-signed TLSA records; the sender must not fall back to clear text (§2.2). */
  DANE("DANE", "RFC 7672 §2.2"),
  /** RFC 8461: an MTA-STS policy in mode "enforce"; the sender must not deliver otherwise (§5). */
  MTA_STS("MTA-STS enforce", "RFC 8461 §5");

  private final String label;
  private final String rfc;

  TlsAuthentication(String label, String rfc) {
    this.label = label;
    this.rfc = rfc;
  }

  public String label() {
    return label;
  }

  /** The section that forbids falling back, or "" for NONE. */
  public String rfc() {
    return rfc;
  }
}
