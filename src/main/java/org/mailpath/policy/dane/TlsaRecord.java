package org.mailpath.policy.dane;

import java.util.HexFormat;
import org.xbill.DNS.TLSARecord;

/**
 * One TLSA record's RDATA (RFC 6698 §2.1).
 *
 * @param usage certificate usage: 0 PKIX-TA, 1 PKIX-EE, 2 DANE-TA, 3 DANE-EE (RFC 7218 §2.1)
 * @param selector 0 the full certificate, 1 its SubjectPublicKeyInfo (RFC 6698 §2.1.2)
 * @param matchingType 0 exact, 1 SHA-256, 2 SHA-512 (RFC 6698 §2.1.3)
 * @param data the certificate association data
 */
public record TlsaRecord(int usage, int selector, int matchingType, byte[] data) {

  public TlsaRecord {
    data = data.clone();
  }

  @Override
  public byte[] data() {
    return data.clone();
  }

  public static TlsaRecord of(int usage, int selector, int matchingType, String hex) {
    return new TlsaRecord(usage, selector, matchingType, HexFormat.of().parseHex(hex));
  }

  /** From dnsjava's record, as the engine's TLSA lookup returns it. */
  public static TlsaRecord of(TLSARecord record) {
    return new TlsaRecord(
        record.getCertificateUsage(),
        record.getSelector(),
        record.getMatchingType(),
        record.getCertificateAssociationData());
  }

  /** Presentation form, e.g. "3 1 1 ab12…", as in a zone file (RFC 6698 §2.2). */
  @Override
  public String toString() {
    return usage + " " + selector + " " + matchingType + " " + HexFormat.of().formatHex(data);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TlsaRecord r
        && r.usage == usage
        && r.selector == selector
        && r.matchingType == matchingType
        && java.util.Arrays.equals(r.data, data);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(usage, selector, matchingType, java.util.Arrays.hashCode(data));
  }
}
