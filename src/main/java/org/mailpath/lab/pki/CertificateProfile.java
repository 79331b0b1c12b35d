package org.mailpath.lab.pki;

import java.util.List;
import org.bouncycastle.asn1.x509.KeyUsage;

/**
 * What a lab server certificate looks like. Scenarios pick one of the constants or derive one with
 * the {@code with…} methods; every flaw is a field here, not a code path.
 *
 * @param keyKind the server key's algorithm
 * @param keyUsageBits Bouncy Castle {@link KeyUsage} bits (RFC 5280 §4.2.1.3)
 * @param validity where the validity window lies
 * @param sendIntermediate whether the server sends the intermediate after the leaf (RFC 8446
 *     §4.4.2: the sender's certificate first, then the ones that certify it)
 * @param issuer who signs it
 * @param purpose its extendedKeyUsage
 * @param signatureHash the hash of its issuer's signature
 * @param certifiedNames the DNS names it is issued for instead of the host's own name; empty for
 *     the host's own name
 */
public record CertificateProfile(
    KeyKind keyKind,
    int keyUsageBits,
    CertificateValidity validity,
    boolean sendIntermediate,
    CertificateIssuer issuer,
    ServerPurpose purpose,
    SignatureHash signatureHash,
    List<String> certifiedNames) {

  public CertificateProfile {
    certifiedNames = List.copyOf(certifiedNames);
  }

  /** RFC 8446 §4.4.2.2: an (EC)DHE or TLS 1.3 server key must be allowed to sign. */
  public static final CertificateProfile GOOD_EC =
      new CertificateProfile(
          KeyKind.EC_P256, KeyUsage.digitalSignature, CertificateValidity.CURRENT, true);

  /** Valid in every way except its dates. */
  public static final CertificateProfile EXPIRED_EC =
      GOOD_EC.withValidity(CertificateValidity.EXPIRED);

  /**
   * RFC 5280 §4.2.1.3: keyEncipherment alone allows RSA key transport (TLS_RSA_*) but not signing
   * the ECDHE parameters of TLS_ECDHE_RSA_*.
   */
  public static final CertificateProfile RSA_KEY_ENCIPHERMENT_ONLY =
      new CertificateProfile(
          KeyKind.RSA_2048, KeyUsage.keyEncipherment, CertificateValidity.CURRENT, true);

  /** A certificate from the lab CA, with serverAuth, SHA-256 and the host's own name. */
  public CertificateProfile(
      KeyKind keyKind, int keyUsageBits, CertificateValidity validity, boolean sendIntermediate) {
    this(
        keyKind,
        keyUsageBits,
        validity,
        sendIntermediate,
        CertificateIssuer.LAB_CA,
        ServerPurpose.SERVER_AUTH,
        SignatureHash.SHA256,
        List.of());
  }

  public CertificateProfile withValidity(CertificateValidity newValidity) {
    return new CertificateProfile(
        keyKind,
        keyUsageBits,
        newValidity,
        sendIntermediate,
        issuer,
        purpose,
        signatureHash,
        certifiedNames);
  }

  /** RFC 8446 §4.4.2: the server "MUST" send the chain; this one leaves out the intermediate. */
  public CertificateProfile withoutIntermediate() {
    return new CertificateProfile(
        keyKind, keyUsageBits, validity, false, issuer, purpose, signatureHash, certifiedNames);
  }

  /** Self-signed: only the leaf is sent, since there is no CA certificate to send. */
  public CertificateProfile selfSigned() {
    return new CertificateProfile(
        keyKind,
        keyUsageBits,
        validity,
        false,
        CertificateIssuer.SELF,
        purpose,
        signatureHash,
        certifiedNames);
  }

  public CertificateProfile withPurpose(ServerPurpose newPurpose) {
    return new CertificateProfile(
        keyKind,
        keyUsageBits,
        validity,
        sendIntermediate,
        issuer,
        newPurpose,
        signatureHash,
        certifiedNames);
  }

  public CertificateProfile withKey(KeyKind newKeyKind, SignatureHash newHash) {
    return new CertificateProfile(
        newKeyKind,
        keyUsageBits,
        validity,
        sendIntermediate,
        issuer,
        purpose,
        newHash,
        certifiedNames);
  }

  /** A certificate issued for {@code names} rather than for the host that presents it. */
  public CertificateProfile issuedFor(String... names) {
    return new CertificateProfile(
        keyKind,
        keyUsageBits,
        validity,
        sendIntermediate,
        issuer,
        purpose,
        signatureHash,
        List.of(names));
  }

  /** The DNS names the certificate for {@code hostName} carries, the first one also as CN. */
  public List<String> namesFor(String hostName) {
    return certifiedNames.isEmpty() ? List.of(hostName) : certifiedNames;
  }
}
