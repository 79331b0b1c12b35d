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

  public static VersionResult notTested(TlsVersion version, String why) {
    return new VersionResult(version.label(), Status.NOT_TESTED, null, null, null, why);
  }
}
