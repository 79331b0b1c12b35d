package org.mailpath.tls;

import java.util.List;
import org.mailpath.pki.CertificateInfo;
import org.mailpath.pki.ChainVerdict;

/**
 * What one TLS handshake showed.
 *
 * @param offered the versions mailpath offered, e.g. "TLSv1.0-TLSv1.3"
 * @param established the handshake completed
 * @param version negotiated version ("TLSv1.3"), or null
 * @param cipherSuite IANA name of the negotiated suite, or null
 * @param keyExchangeGroup named group ("x25519", "secp256r1"), or null
 * @param extendedMasterSecret "yes", "no", or "n/a" for TLS 1.3 (RFC 8446 removed the need)
 * @param failure what ended the handshake (alert, reset, timeout), or null
 * @param chain the server's certificates as sent, captured even when they would not validate
 * @param verdict the PKIX, name and date checks of the chain, or null if there was no chain
 * @param ocspStapling "stapled" or "not stapled" when the handshake completed, else null
 */
public record TlsObservation(
    String offered,
    boolean established,
    String version,
    String cipherSuite,
    String keyExchangeGroup,
    String extendedMasterSecret,
    String failure,
    List<CertificateInfo> chain,
    ChainVerdict verdict,
    String ocspStapling) {

  public TlsObservation {
    chain = chain == null ? List.of() : List.copyOf(chain);
  }

  /** This observation with the captured chain and its verdict added. */
  public TlsObservation withChain(List<CertificateInfo> captured, ChainVerdict checked) {
    return new TlsObservation(
        offered,
        established,
        version,
        cipherSuite,
        keyExchangeGroup,
        extendedMasterSecret,
        failure,
        captured,
        checked,
        ocspStapling);
  }
}
