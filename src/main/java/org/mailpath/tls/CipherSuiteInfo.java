package org.mailpath.tls;

import java.util.Locale;

/**
 * One cipher suite a server accepted, and what is wrong with it if anything.
 *
 * @param name IANA name
 * @param forwardSecret the key exchange is ephemeral (ECDHE/DHE, RFC 9325 §4.1)
 * @param aead the record protection is AEAD (GCM, CCM, ChaCha20-Poly1305), not CBC (RFC 9325 §4.2)
 * @param weakness "3DES", "RC4", "export", "NULL", "anonymous" when broken, else null
 */
public record CipherSuiteInfo(String name, boolean forwardSecret, boolean aead, String weakness) {

  /** "TLS_RSA_WITH_AES_128_CBC_SHA [no forward secrecy] [CBC]": the name and its flags. */
  public String describe() {
    return name
        + (forwardSecret ? "" : "  [no forward secrecy]")
        + (aead ? "" : "  [CBC]")
        + (weakness != null ? "  [" + weakness + "]" : "");
  }

  public static CipherSuiteInfo of(String name) {
    String n = name.toUpperCase(Locale.ROOT);
    boolean forwardSecret = n.contains("_ECDHE_") || n.contains("_DHE_") || !n.contains("_WITH_");
    boolean aead = n.contains("_GCM_") || n.contains("_CCM") || n.contains("CHACHA20");
    String weakness = null;
    // RFC 7465 (RC4), RFC 9325 §4.1 (NULL, anonymous, export, 3DES/64-bit blocks).
    if (n.contains("_RC4_")) {
      weakness = "RC4";
    } else if (n.contains("3DES") || n.contains("_DES_")) {
      weakness = "3DES";
    } else if (n.contains("EXPORT")) {
      weakness = "export";
    } else if (n.contains("_WITH_NULL_") || n.endsWith("_NULL")) {
      weakness = "NULL";
    } else if (n.contains("_ANON_")) {
      weakness = "anonymous";
    }
    return new CipherSuiteInfo(name, forwardSecret, aead, weakness);
  }
}
