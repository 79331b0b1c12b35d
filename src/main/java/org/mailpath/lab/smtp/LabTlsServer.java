package org.mailpath.lab.smtp;

import java.io.IOException;
import java.util.List;
import java.util.Vector;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.DefaultTlsServer;
import org.bouncycastle.tls.HashAlgorithm;
import org.bouncycastle.tls.KeyExchangeAlgorithm;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.SignatureAlgorithm;
import org.bouncycastle.tls.SignatureAndHashAlgorithm;
import org.bouncycastle.tls.TlsCredentials;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.TlsUtils;
import org.bouncycastle.tls.crypto.TlsCryptoParameters;
import org.bouncycastle.tls.crypto.impl.bc.BcDefaultTlsCredentialedDecryptor;
import org.bouncycastle.tls.crypto.impl.bc.BcDefaultTlsCredentialedSigner;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;
import org.mailpath.lab.pki.KeyKind;
import org.mailpath.lab.scenario.TlsProfile;

/**
 * The TLS server side of a lab host, with exactly the versions, Extended Master Secret behaviour
 * and certificate its scenario asks for. One instance per handshake.
 */
public final class LabTlsServer extends DefaultTlsServer {

  /** RFC 8446 §4.2.3: in TLS 1.3 a P-256 key signs only with ecdsa_secp256r1_sha256. */
  private static final List<SignatureAndHashAlgorithm> EC_TLS13 =
      List.of(
          SignatureAndHashAlgorithm.getInstance(HashAlgorithm.sha256, SignatureAlgorithm.ecdsa));

  private static final List<SignatureAndHashAlgorithm> EC_TLS12 =
      List.of(
          SignatureAndHashAlgorithm.getInstance(HashAlgorithm.sha256, SignatureAlgorithm.ecdsa),
          SignatureAndHashAlgorithm.getInstance(HashAlgorithm.sha384, SignatureAlgorithm.ecdsa),
          SignatureAndHashAlgorithm.getInstance(HashAlgorithm.sha1, SignatureAlgorithm.ecdsa));

  /** RFC 8446 §4.2.3: TLS 1.3 RSA signatures are RSASSA-PSS; PKCS#1 v1.5 is not allowed. */
  private static final List<SignatureAndHashAlgorithm> RSA_TLS13 =
      List.of(
          SignatureAndHashAlgorithm.rsa_pss_rsae_sha256,
          SignatureAndHashAlgorithm.rsa_pss_rsae_sha384,
          SignatureAndHashAlgorithm.rsa_pss_rsae_sha512);

  private static final List<SignatureAndHashAlgorithm> RSA_TLS12 =
      List.of(
          SignatureAndHashAlgorithm.rsa_pss_rsae_sha256,
          SignatureAndHashAlgorithm.getInstance(HashAlgorithm.sha256, SignatureAlgorithm.rsa),
          SignatureAndHashAlgorithm.getInstance(HashAlgorithm.sha384, SignatureAlgorithm.rsa),
          SignatureAndHashAlgorithm.getInstance(HashAlgorithm.sha1, SignatureAlgorithm.rsa));

  private final BcTlsCrypto crypto;
  private final TlsProfile profile;
  private final TlsIdentity identity;

  public LabTlsServer(BcTlsCrypto crypto, TlsProfile profile, TlsIdentity identity) {
    super(crypto);
    this.crypto = crypto;
    this.profile = profile;
    this.identity = identity;
  }

  @Override
  protected ProtocolVersion[] getSupportedVersions() {
    return profile.versions().protocolVersions();
  }

  @Override
  protected int[] getSupportedCipherSuites() {
    return TlsUtils.getSupportedCipherSuites(
        getCrypto(), CipherSuiteChoice.forKey(identity.keyKind(), profile.rsaKeyExchange()));
  }

  /** RFC 7627 §5.2: a server that does not echo the extension simply does not use EMS. */
  @Override
  public boolean shouldUseExtendedMasterSecret() {
    return profile.extendedMasterSecret();
  }

  @Override
  public TlsCredentials getCredentials() throws IOException {
    boolean tls13 = TlsUtils.isTLSv13(context);
    if (!tls13
        && context.getSecurityParametersHandshake().getKeyExchangeAlgorithm()
            == KeyExchangeAlgorithm.RSA) {
      // RFC 5246 §7.4.7.1: the client encrypts the premaster secret to the certificate's key.
      return new BcDefaultTlsCredentialedDecryptor(
          crypto, identity.chainTls12(), identity.privateKey());
    }
    return new BcDefaultTlsCredentialedSigner(
        new TlsCryptoParameters(context),
        crypto,
        identity.privateKey(),
        identity.chainFor(tls13),
        signatureAlgorithm(tls13));
  }

  /**
   * The first of our algorithms that the client listed; null before TLS 1.2, which has no
   * signature_algorithms extension (RFC 5246 §7.4.1.4.1).
   */
  private SignatureAndHashAlgorithm signatureAlgorithm(boolean tls13) throws IOException {
    if (!TlsUtils.isSignatureAlgorithmsExtensionAllowed(context.getServerVersion())) {
      return null;
    }
    boolean ec = identity.keyKind() == KeyKind.EC_P256;
    List<SignatureAndHashAlgorithm> ours =
        ec ? (tls13 ? EC_TLS13 : EC_TLS12) : (tls13 ? RSA_TLS13 : RSA_TLS12);
    Vector<?> offered = context.getSecurityParametersHandshake().getClientSigAlgs();
    if (offered == null || offered.isEmpty()) {
      // RFC 5246 §7.4.1.4.1: a TLS 1.2 client without the extension accepts SHA-1.
      return ours.get(ours.size() - 1);
    }
    return ours.stream()
        .filter(offered::contains)
        .findFirst()
        .orElseThrow(() -> new TlsFatalAlert(AlertDescription.handshake_failure));
  }
}
