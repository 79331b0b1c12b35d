package org.mailpath.lab.smtp;

import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.tls.CipherSuite;
import org.mailpath.lab.pki.KeyKind;

/** The cipher suites a lab server offers, given its key and whether it allows RSA key transport. */
final class CipherSuiteChoice {

  /** RFC 8446 §9.1 (mandatory AES-128-GCM) and the other two common TLS 1.3 suites. */
  private static final int[] TLS13 = {
    CipherSuite.TLS_AES_128_GCM_SHA256,
    CipherSuite.TLS_AES_256_GCM_SHA384,
    CipherSuite.TLS_CHACHA20_POLY1305_SHA256,
  };

  /** AEAD suites for TLS 1.2, then CBC-SHA suites, the only ones TLS 1.0 can use. */
  private static final int[] ECDHE_ECDSA = {
    CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
    CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
    CipherSuite.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,
    CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256,
    CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA,
    CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA,
  };

  private static final int[] ECDHE_RSA = {
    CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
    CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
    CipherSuite.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256,
    CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256,
    CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA,
    CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA,
  };

  /** Static RSA key transport: no forward secrecy, removed in TLS 1.3 (RFC 8446 §1.2). */
  private static final int[] RSA_KEY_TRANSPORT = {
    CipherSuite.TLS_RSA_WITH_AES_128_GCM_SHA256,
    CipherSuite.TLS_RSA_WITH_AES_256_GCM_SHA384,
    CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA256,
    CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA,
    CipherSuite.TLS_RSA_WITH_AES_256_CBC_SHA,
  };

  private CipherSuiteChoice() {}

  /** Suites in the server's order of preference; the TLS stack drops those of other versions. */
  static int[] forKey(KeyKind keyKind, boolean rsaKeyTransport) {
    List<int[]> groups = new ArrayList<>();
    groups.add(TLS13);
    if (keyKind == KeyKind.EC_P256) {
      groups.add(ECDHE_ECDSA);
    } else {
      groups.add(ECDHE_RSA);
      if (rsaKeyTransport) {
        groups.add(RSA_KEY_TRANSPORT);
      }
    }
    return groups.stream().flatMapToInt(java.util.Arrays::stream).toArray();
  }
}
