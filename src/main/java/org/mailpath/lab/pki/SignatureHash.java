package org.mailpath.lab.pki;

/** The hash in the signature on a lab server certificate. */
public enum SignatureHash {
  SHA256("SHA256"),
  /**
   * Broken for collisions (SHAttered, 2017); CA/Browser Forum Baseline Requirements §7.1.3 forbid
   * it for subscriber certificates. Only for the weak-key scenario.
   */
  SHA1("SHA1");

  private final String jcaName;

  SignatureHash(String jcaName) {
    this.jcaName = jcaName;
  }

  /** The JCA signature name for a key of {@code keyAlgorithm} ("EC" or "RSA"). */
  String signatureAlgorithm(String keyAlgorithm) {
    return jcaName + "with" + ("EC".equals(keyAlgorithm) ? "ECDSA" : "RSA");
  }
}
