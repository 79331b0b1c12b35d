package org.mailpath.tls;

/**
 * What a server did when offered exactly one TLS version.
 *
 * @param version "TLSv1.0" … "TLSv1.3"
 * @param status accepted, refused, not tested, or undetermined
 * @param cipherSuite the suite chosen when accepted
 * @param keyExchangeGroup the group chosen when accepted
 * @param extendedMasterSecret "yes", "no" or "n/a" (TLS 1.3) when accepted
 * @param detail the alert or reason when refused or undetermined
 */
public record VersionResult(
    String version,
    Status status,
    String cipherSuite,
    String keyExchangeGroup,
    String extendedMasterSecret,
    String detail) {

  public enum Status {
    ACCEPTED,
    REFUSED,
    /** Skipped (--quick, or STARTTLS not reached). */
    NOT_TESTED,
    /** The session broke before the handshake could answer the question. */
    UNDETERMINED
  }

  public boolean accepted() {
    return status == Status.ACCEPTED;
  }

  /** The server accepted this version with this suite, group and EMS answer. */
  public static VersionResult accepted(
      String version, String cipherSuite, String keyExchangeGroup, String extendedMasterSecret) {
    return new VersionResult(
        version, Status.ACCEPTED, cipherSuite, keyExchangeGroup, extendedMasterSecret, null);
  }

  /** The server refused this version; {@code why} is its alert or what ended the handshake. */
  public static VersionResult refused(String version, String why) {
    return new VersionResult(version, Status.REFUSED, null, null, null, why);
  }

  /** The session broke before the handshake could answer. */
  public static VersionResult undetermined(String version, String why) {
    return new VersionResult(version, Status.UNDETERMINED, null, null, null, why);
  }

  public static VersionResult notTested(TlsVersion version, String why) {
    return new VersionResult(version.label(), Status.NOT_TESTED, null, null, null, why);
  }
}
