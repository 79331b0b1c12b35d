package org.mailpath.lab.pki;

/** The kinds of server key the lab can issue certificates for. */
public enum KeyKind {
  /** EC on P-256: generated in milliseconds, the lab's default. */
  EC_P256,
  /** RSA 2048: only for scenarios about RSA key exchange or RSA keyUsage; slow to generate. */
  RSA_2048
}
