package org.mailpath.lab.pki;

/** The kinds of server key the lab can issue certificates for. */
public enum KeyKind {
  /** EC on P-256: generated in milliseconds, the lab's default. */
  EC_P256(256),
  /** RSA 2048: only for scenarios about RSA key exchange or RSA keyUsage; slow to generate. */
  RSA_2048(2048),
  /**
   * RSA 1024: too small today (NIST SP 800-131A Rev. 2 disallows it for signatures since 2014);
   * only for the weak-key scenario.
   */
  RSA_1024(1024);

  private final int bits;

  KeyKind(int bits) {
    this.bits = bits;
  }

  public int bits() {
    return bits;
  }

  public boolean isRsa() {
    return this != EC_P256;
  }
}
