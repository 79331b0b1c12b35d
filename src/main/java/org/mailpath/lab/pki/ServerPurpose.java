package org.mailpath.lab.pki;

import org.bouncycastle.asn1.x509.KeyPurposeId;

/** The extendedKeyUsage a lab server certificate carries (RFC 5280 §4.2.1.12). */
public enum ServerPurpose {
  /** id-kp-serverAuth: what a TLS server certificate needs. */
  SERVER_AUTH,
  /**
   * id-kp-clientAuth alone: RFC 5280 §4.2.1.12 says a certificate with the extension may be used
   * only for the listed purposes, so it must not authenticate a server.
   */
  CLIENT_AUTH_ONLY;

  // Looked up when a certificate is made, not held in the constants: the scenario catalog that the
  // window lists at start-up names these, and should not load Bouncy Castle's ASN.1 classes.
  KeyPurposeId keyPurposeId() {
    return this == SERVER_AUTH ? KeyPurposeId.id_kp_serverAuth : KeyPurposeId.id_kp_clientAuth;
  }
}
