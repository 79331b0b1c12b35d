package org.mailpath.lab.scenario;

/**
 * One TLSA record of a scenario, at {@code _25._tcp.<host>} (RFC 7672 §2.2.1).
 *
 * @param hostName the MX host it is for
 * @param usage RFC 6698 §2.1.1 certificate usage (2 DANE-TA, 3 DANE-EE)
 * @param selector RFC 6698 §2.1.2 (1: SubjectPublicKeyInfo)
 * @param matchingType RFC 6698 §2.1.3 (1: SHA-256)
 * @param target what the data is the digest of
 * @param brokenSignature whether the zone serves this RRset with a corrupted RRSIG (DNSSEC bogus)
 */
public record TlsaSpec(
    String hostName,
    int usage,
    int selector,
    int matchingType,
    TlsaTarget target,
    boolean brokenSignature) {

  /** RFC 7218 §2: DANE-EE(3) SPKI(1) SHA2-256(1), the form RFC 7672 §3.1.3 recommends. */
  public static TlsaSpec daneEe(String hostName) {
    return new TlsaSpec(hostName, 3, 1, 1, TlsaTarget.LEAF_KEY, false);
  }

  /** RFC 7218 §2: DANE-TA(2) SPKI(1) SHA2-256(1) of the issuing CA (RFC 7672 §3.1.2). */
  public static TlsaSpec daneTa(String hostName) {
    return new TlsaSpec(hostName, 2, 1, 1, TlsaTarget.ISSUING_CA_KEY, false);
  }

  /** A well-formed DANE-EE record whose digest belongs to no key the server has. */
  public static TlsaSpec matchingNothing(String hostName) {
    return new TlsaSpec(hostName, 3, 1, 1, TlsaTarget.NOTHING, false);
  }

  public TlsaSpec withBrokenSignature() {
    return new TlsaSpec(hostName, usage, selector, matchingType, target, true);
  }

  /** RFC 7672 §2.2.1: the TLSA owner for SMTP on port 25. */
  public String ownerName() {
    return "_25._tcp." + hostName;
  }
}
