package org.mailpath.policy.dane;

import java.util.Arrays;
import java.util.Optional;
import org.mailpath.dns.DnssecStatus;

/**
 * Does DANE apply to one MX host, given the DNSSEC status of each lookup it rests on? (RFC 7672
 * §2.1, §2.2)
 *
 * @param decision what a DANE sender does with this host
 * @param reason one sentence, with the RFC clause
 */
public record DaneApplicability(Decision decision, String reason) {

  public enum Decision {
    /** Usable TLSA records: authenticated TLS is mandatory (RFC 7672 §2.2). */
    DANE_REQUIRED("DANE required"),
    /** TLSA records exist but none is usable: TLS mandatory, unauthenticated (RFC 7672 §2.2). */
    TLS_REQUIRED_UNAUTHENTICATED("TLS required, not authenticated"),
    /** Insecure MX or address records, or a secure denial of TLSA: opportunistic TLS. */
    NOT_APPLICABLE("not applicable"),
    /** A TLSA or address lookup failed (bogus or indeterminate): skip this host (§2.1.1, §2.2). */
    HOST_UNUSABLE("host unusable"),
    /** The MX lookup itself failed validation: the whole delivery is deferred (§2.1.1, §2.2.1). */
    DEFER("defer the whole delivery");

    private final String label;

    Decision(String label) {
      this.label = label;
    }

    /** What DANE demands, in words: "DANE required", "not applicable". */
    public String label() {
      return label;
    }

    /** The constant a report stored by {@code name}; empty for a name this version lacks. */
    public static Optional<Decision> named(String name) {
      return Arrays.stream(values()).filter(v -> v.name().equals(name)).findFirst();
    }

    /** The label of a constant stored by name in a report; an unknown name is shown as stored. */
    public static String labelOf(String name) {
      return named(name).map(Decision::label).orElse(name);
    }
  }

  /**
   * @param mx the status of the MX RRset
   * @param address the status of the host's A/AAAA records (and any CNAMEs leading to them)
   * @param tlsa the status of the TLSA lookup (ignored unless the lookups before it are secure)
   * @param tlsaRecords how many TLSA records the lookup returned (0 for a denial of existence)
   * @param usableRecords how many of them are usable ({@link TlsaUsability})
   */
  public static DaneApplicability decide(
      DnssecStatus mx,
      DnssecStatus address,
      DnssecStatus tlsa,
      int tlsaRecords,
      int usableRecords) {
    // RFC 7672 §2.1.1: a bogus or indeterminate answer is a lookup failure; "SMTP clients MUST
    // NOT ... treat it as" the absence of records. Without the MX RRset nothing can be delivered.
    if (mx.failed()) {
      return new DaneApplicability(
          Decision.DEFER,
          "the MX lookup is "
              + name(mx)
              + ": a DNSSEC-validating sender defers the message (RFC 7672 §2.1.1)");
    }
    // RFC 7672 §2.2.1: DANE applies only to MX hosts obtained from a secure MX RRset.
    if (mx.unsigned()) {
      return new DaneApplicability(
          Decision.NOT_APPLICABLE,
          "the MX RRset is not DNSSEC-signed, so DANE does not apply (RFC 7672 §2.2.1)");
    }
    if (address.failed()) {
      return new DaneApplicability(
          Decision.HOST_UNUSABLE,
          "the host's address lookup is " + name(address) + ": it is skipped (RFC 7672 §2.1.1)");
    }
    // RFC 7672 §2.2.3: TLSA records are looked up only for hosts whose address records are secure.
    if (address.unsigned()) {
      return new DaneApplicability(
          Decision.NOT_APPLICABLE,
          "the host's address records are not DNSSEC-signed, so no TLSA lookup is made (RFC 7672"
              + " §2.2.3)");
    }
    // RFC 7672 §2.2: a TLSA lookup that fails is not "no TLSA records"; the host is not used.
    if (tlsa.failed()) {
      return new DaneApplicability(
          Decision.HOST_UNUSABLE,
          "the TLSA lookup is "
              + name(tlsa)
              + ", which is not the same as no TLSA: the host is skipped (RFC 7672 §2.2)");
    }
    if (tlsa.unsigned() || tlsaRecords == 0) {
      return new DaneApplicability(
          Decision.NOT_APPLICABLE,
          tlsaRecords == 0
              ? "no TLSA records (securely denied): opportunistic TLS (RFC 7672 §2.2)"
              : "the TLSA records are not DNSSEC-signed and cannot be used (RFC 7672 §2.2)");
    }
    if (usableRecords == 0) {
      return new DaneApplicability(
          Decision.TLS_REQUIRED_UNAUTHENTICATED,
          "TLSA records exist but none is usable: TLS is required, without authentication (RFC 7672"
              + " §2.2)");
    }
    return new DaneApplicability(
        Decision.DANE_REQUIRED,
        "secure, usable TLSA records: the server must be authenticated with them (RFC 7672 §2.2)");
  }

  private static String name(DnssecStatus status) {
    return status.name().toLowerCase(java.util.Locale.ROOT);
  }
}
