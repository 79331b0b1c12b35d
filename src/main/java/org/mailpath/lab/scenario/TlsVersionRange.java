package org.mailpath.lab.scenario;

import org.bouncycastle.tls.ProtocolVersion;

/** The TLS versions a lab server is willing to negotiate. */
public enum TlsVersionRange {
  /** What a well-run server offers today (RFC 9325 §3.1.1: TLS 1.3 should, 1.2 must). */
  TLS13_AND_TLS12,
  /** TLS 1.2 and nothing newer. */
  TLS12_ONLY,
  /** TLS 1.1 at most (and 1.0), both deprecated by RFC 8996 §2 and §3. */
  TLS11_AND_TLS10,
  /** Only TLS 1.0, deprecated by RFC 8996 §2. */
  TLS10_ONLY;

  /** A fresh array, newest first, as Bouncy Castle's {@code getSupportedVersions()} returns. */
  public ProtocolVersion[] protocolVersions() {
    switch (this) {
      case TLS13_AND_TLS12:
        return ProtocolVersion.TLSv13.downTo(ProtocolVersion.TLSv12);
      case TLS12_ONLY:
        return ProtocolVersion.TLSv12.only();
      case TLS11_AND_TLS10:
        return ProtocolVersion.TLSv11.downTo(ProtocolVersion.TLSv10);
      case TLS10_ONLY:
        return ProtocolVersion.TLSv10.only();
      default:
        throw new IllegalStateException("unknown range " + this);
    }
  }
}
