package org.mailpath.tls;

import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.tls.ProtocolVersion;

/** The TLS versions a sweep tries, one handshake each, oldest first. */
public enum TlsVersion {
  TLS_1_0(ProtocolVersion.TLSv10, "TLSv1.0"),
  TLS_1_1(ProtocolVersion.TLSv11, "TLSv1.1"),
  TLS_1_2(ProtocolVersion.TLSv12, "TLSv1.2"),
  TLS_1_3(ProtocolVersion.TLSv13, "TLSv1.3");

  private final ProtocolVersion protocolVersion;
  private final String label;

  TlsVersion(ProtocolVersion protocolVersion, String label) {
    this.protocolVersion = protocolVersion;
    this.label = label;
  }

  /** "TLSv1.2", as openssl and the JDK spell it. */
  public String label() {
    return label;
  }

  /** Offer exactly this version and no other. */
  public ProtocolVersion[] only() {
    return protocolVersion.only();
  }

  public static Optional<TlsVersion> byLabel(String label) {
    return Arrays.stream(values()).filter(v -> v.label.equals(label)).findFirst();
  }
}
