package org.mailpath.lab.pki;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.EnumMap;
import java.util.Map;

/**
 * Server key pairs, generated lazily once per process and shared by every lab server of that kind:
 * the certificates differ per host, the key need not, and RSA 2048 generation takes long enough
 * that a trace must not pay for it twice.
 */
final class LabKeys {

  /** RFC 8017 / NIST SP 800-57: 2048 bits is the smallest RSA size still considered adequate. */
  private static final int RSA_BITS = 2048;

  private static final Map<KeyKind, KeyPair> SERVER_KEYS = new EnumMap<>(KeyKind.class);

  private LabKeys() {}

  static synchronized KeyPair serverKey(KeyKind kind) {
    return SERVER_KEYS.computeIfAbsent(kind, LabKeys::generate);
  }

  /** A fresh key pair, e.g. for a certification authority. */
  static KeyPair generate(KeyKind kind) {
    try {
      switch (kind) {
        case EC_P256:
          KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
          ec.initialize(new ECGenParameterSpec("secp256r1"));
          return ec.generateKeyPair();
        case RSA_2048:
          KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
          rsa.initialize(RSA_BITS);
          return rsa.generateKeyPair();
        default:
          throw new IllegalArgumentException("unknown key kind " + kind);
      }
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK cannot generate " + kind + " keys", e);
    }
  }
}
