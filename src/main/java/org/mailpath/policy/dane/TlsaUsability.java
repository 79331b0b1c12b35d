package org.mailpath.policy.dane;

/** Which TLSA records an SMTP client may use at all. */
public final class TlsaUsability {
  private TlsaUsability() {}

  public static final int PKIX_TA = 0;
  public static final int PKIX_EE = 1;
  public static final int DANE_TA = 2;
  public static final int DANE_EE = 3;

  /** Null when {@code record} is usable for SMTP, else why not. */
  public static String unusableReason(TlsaRecord record) {
    int usage = record.usage();
    // RFC 7672 §3.1.3: PKIX-TA(0) and PKIX-EE(1) are not recommended for SMTP, and SMTP clients
    // may treat them as unusable; mailpath does, as there is no shared set of CAs for MTAs.
    if (usage == PKIX_TA || usage == PKIX_EE) {
      return "usage "
          + usage
          + (usage == 0 ? " (PKIX-TA)" : " (PKIX-EE)")
          + " is unusable for SMTP (RFC 7672 §3.1.3)";
    }
    // RFC 7671 §4.1: a record with an unsupported usage, selector or matching type, or with
    // malformed association data, is "unusable".
    if (usage != DANE_TA && usage != DANE_EE) {
      return "unknown certificate usage " + usage + " (RFC 7671 §4.1)";
    }
    if (record.selector() != 0 && record.selector() != 1) {
      return "unknown selector " + record.selector() + " (RFC 7671 §4.1)";
    }
    int length = record.data().length;
    return switch (record.matchingType()) {
      case 0 -> length == 0 ? "empty association data (RFC 7671 §4.1)" : null;
      // RFC 6698 §2.1.3: matching type 1 is a SHA-256 digest (32 bytes), 2 SHA-512 (64 bytes).
      case 1 ->
          length == 32
              ? null
              : "a SHA-256 digest must be 32 bytes, found " + length + " (RFC 7671 §4.1)";
      case 2 ->
          length == 64
              ? null
              : "a SHA-512 digest must be 64 bytes, found " + length + " (RFC 7671 §4.1)";
      default -> "unknown matching type " + record.matchingType() + " (RFC 7671 §4.1)";
    };
  }
}
