package org.mailpath.lab.pki;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.util.EnumMap;
import java.util.Map;

/**
 * Server key pairs, generated lazily once per process and shared by every lab server of that kind:
 * the certificates differ per host, the key need not, and RSA generation takes long enough that a
 * trace must not pay for it twice.
 *
 * <p>Server and impostor keys are derived from fixed seeds, so they are the same in every run of
 * mailpath: a lab session stored yesterday shows the key a lab host presents today, and
 * certificate-key-changed fires on the attacker's key only, not after every restart. They guard
 * nothing: lab names are under .test and lab certificates chain to a CA made anew per process.
 */
final class LabKeys {

  private static final Map<KeyKind, KeyPair> SERVER_KEYS = new EnumMap<>(KeyKind.class);

  private LabKeys() {}

  static synchronized KeyPair serverKey(KeyKind kind) {
    return SERVER_KEYS.computeIfAbsent(kind, k -> generate(k, seeded("server " + k)));
  }

  private static KeyPair impostorKey;

  /**
   * The on-path attacker's own EC P-256 key: never a lab server's, so no TLSA record matches it.
   */
  static synchronized KeyPair impostorKey() {
    if (impostorKey == null) {
      impostorKey = generate(KeyKind.EC_P256, seeded("impostor"));
    }
    return impostorKey;
  }

  /** A fresh key pair, from the system's entropy: for the lab CA, made anew per process. */
  static KeyPair generate(KeyKind kind) {
    return generate(kind, new SecureRandom());
  }

  /**
   * A generator whose output the seed alone decides: SHA1PRNG seeded before its first use ignores
   * the system's entropy. The JDK's EC and RSA generators then make the same key each run.
   */
  private static SecureRandom seeded(String purpose) {
    try {
      SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
      random.setSeed(("mailpath lab " + purpose).getBytes(StandardCharsets.US_ASCII));
      return random;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA1PRNG", e);
    }
  }

  private static KeyPair generate(KeyKind kind, SecureRandom random) {
    try {
      if (kind == KeyKind.EC_P256) {
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(new ECGenParameterSpec("secp256r1"), random);
        return ec.generateKeyPair();
      }
      KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
      rsa.initialize(kind.bits(), random);
      return rsa.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK cannot generate " + kind + " keys", e);
    }
  }
}
