package org.mailpath.lab.pki;

/** Who signs a lab server certificate. */
public enum CertificateIssuer {
  /** The lab's issuing (intermediate) CA, which chains to the lab root. */
  LAB_CA,
  /** The server's own key: issuer equals subject and no CA vouches for it (RFC 5280 §3.2). */
  SELF
}
