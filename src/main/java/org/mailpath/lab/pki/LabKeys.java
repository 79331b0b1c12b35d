package org.mailpath.lab.pki;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.EnumMap;
import java.util.Map;

/**
 * Server key pairs, generated lazily once per process and shared by every lab server of that kind:
 * the certificates differ per host, the key need not, and RSA generation takes long enough that a
 * trace must not pay for it twice.
 */
final class LabKeys {

  private static final Map<KeyKind, KeyPair> SERVER_KEYS = new EnumMap<>(KeyKind.class);

  private LabKeys() {}

  static synchronized KeyPair serverKey(KeyKind kind) {
    return SERVER_KEYS.computeIfAbsent(kind, LabKeys::generate);
  }

  private static KeyPair impostorKey;

  /**
   * The on-path attacker's own EC P-256 key: never a lab server's, so no TLSA record matches it.
   */
  static synchronized KeyPair impostorKey() {
    if (impostorKey == null) {
      impostorKey = generate(KeyKind.EC_P256);
    }
    return impostorKey;
  }

  /** A fresh key pair, e.g. for a certification authority or a self-signed server. */
  static KeyPair generate(KeyKind kind) {
    try {
      if (kind == KeyKind.EC_P256) {
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(new ECGenParameterSpec("secp256r1"));
        return ec.generateKeyPair();
      }
      KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
      rsa.initialize(kind.bits());
      return rsa.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK cannot generate " + kind + " keys", e);
    }
  }
}
