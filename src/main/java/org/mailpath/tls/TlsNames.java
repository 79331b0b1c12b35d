package org.mailpath.tls;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;
import org.bouncycastle.tls.CipherSuite;
import org.bouncycastle.tls.NamedGroup;
import org.bouncycastle.tls.ProtocolVersion;

/** IANA names for what Bouncy Castle reports as numbers. */
public final class TlsNames {

  private static final Map<Integer, String> CIPHER_SUITES = cipherSuiteNames();

  private TlsNames() {}

  /** "TLSv1.0" … "TLSv1.3", the spelling of openssl and the JDK. */
  public static String version(ProtocolVersion version) {
    if (version == null) {
      return null;
    }
    if (version.isTLS()) {
      return "TLSv1." + (version.getMinorVersion() - 1);
    }
    return version.getName();
  }

  /** The IANA name of a cipher suite, e.g. TLS_AES_256_GCM_SHA384. */
  public static String cipherSuite(int suite) {
    return CIPHER_SUITES.getOrDefault(suite, String.format("0x%04X", suite));
  }

  /** The IANA name of a named group, e.g. x25519, secp256r1; null when none was negotiated. */
  public static String group(int namedGroup) {
    if (namedGroup < 0) {
      return null;
    }
    String name = NamedGroup.getStandardName(namedGroup);
    return name != null ? name : NamedGroup.getName(namedGroup);
  }

  /** Every cipher suite Bouncy Castle knows by name. */
  static java.util.Set<Integer> knownCipherSuites() {
    return CIPHER_SUITES.keySet();
  }

  private static Map<Integer, String> cipherSuiteNames() {
    Map<Integer, String> names = new HashMap<>();
    for (Field field : CipherSuite.class.getFields()) {
      int modifiers = field.getModifiers();
      if (field.getType() == int.class
          && Modifier.isStatic(modifiers)
          && field.getName().startsWith("TLS_")) {
        try {
          names.putIfAbsent(field.getInt(null), field.getName());
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return Map.copyOf(names);
  }
}
