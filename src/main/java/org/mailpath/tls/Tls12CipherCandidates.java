package org.mailpath.tls;

import java.util.Arrays;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.TlsUtils;
import org.bouncycastle.tls.crypto.TlsCrypto;

/**
 * The TLS 1.2 suites mailpath can offer: those Bouncy Castle implements, minus signalling values.
 */
public final class Tls12CipherCandidates {
  private Tls12CipherCandidates() {}

  public static int[] all(TlsCrypto crypto) {
    int[] known =
        TlsNames.knownCipherSuites().stream()
            .mapToInt(Integer::intValue)
            .filter(s -> TlsUtils.isValidVersionForCipherSuite(s, ProtocolVersion.TLSv12))
            .filter(s -> !TlsNames.cipherSuite(s).contains("_SCSV"))
            .filter(
                s ->
                    !TlsNames.cipherSuite(s).contains("_PSK_")
                        && !TlsNames.cipherSuite(s).contains("_SRP_"))
            .filter(
                s ->
                    !TlsNames.cipherSuite(s)
                        .contains("_anon_")) // needs no certificate: not what a sender uses
            .sorted()
            .toArray();
    return Arrays.stream(TlsUtils.getSupportedCipherSuites(crypto, known))
        .filter(
            s ->
                !TlsNames.cipherSuite(s).startsWith("TLS_AES_")
                    && !TlsNames.cipherSuite(s).startsWith("TLS_CHACHA20_POLY1305_SHA256"))
        .toArray();
  }
}
