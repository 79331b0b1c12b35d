package org.mailpath.lab.pki;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.x500.X500Name;

/**
 * The lab's PKI: a root CA, one intermediate CA below it, and the server certificates the
 * intermediate issues. Made once per process, on first use, with EC P-256 keys (milliseconds);
 * certificates are cached per host and profile, so every lab instance in a process shares them.
 */
public final class LabCertificateAuthority {

  /** Long enough that no lab session outlives its CA, short enough to look plausible. */
  private static final Duration CA_LIFETIME = Duration.ofDays(3650);

  /**
   * A real CA has been in service for years: its certificates predate every leaf it issued, so an
   * expired leaf still chains to it at the leaf's own validity dates (RFC 5280 §6.1: path
   * validation "at a time" of the verifier's choosing).
   */
  private static final Duration CA_BACKDATE = Duration.ofDays(5 * 365);

  /** RFC 5280 §4.2.1.9: the root may certify one CA level (the intermediate) below it. */
  private static final int ROOT_PATH_LENGTH = 1;

  /** The intermediate certifies only end-entity certificates. */
  private static final int INTERMEDIATE_PATH_LENGTH = 0;

  private static final X500Name ROOT_NAME = new X500Name("CN=mailpath lab root CA, O=mailpath lab");
  private static final X500Name INTERMEDIATE_NAME =
      new X500Name("CN=mailpath lab issuing CA, O=mailpath lab");

  private final X509Certificate root;
  private final X509Certificate intermediate;
  private final KeyPair intermediateKey;
  private final Map<String, ServerCredentials> issued = new ConcurrentHashMap<>();
  private final Map<String, ServerCredentials> impostors = new ConcurrentHashMap<>();

  private LabCertificateAuthority() {
    Instant now = Instant.now();
    Instant notBefore = now.minus(CA_BACKDATE);
    Instant notAfter = now.plus(CA_LIFETIME);
    KeyPair rootKey = LabKeys.generate(KeyKind.EC_P256);
    this.intermediateKey = LabKeys.generate(KeyKind.EC_P256);
    this.root =
        CertificateMaker.authority(
            ROOT_NAME,
            rootKey.getPublic(),
            ROOT_NAME,
            rootKey.getPrivate(),
            rootKey.getPublic(),
            notBefore,
            notAfter,
            ROOT_PATH_LENGTH);
    this.intermediate =
        CertificateMaker.authority(
            INTERMEDIATE_NAME,
            intermediateKey.getPublic(),
            ROOT_NAME,
            rootKey.getPrivate(),
            rootKey.getPublic(),
            notBefore,
            notAfter,
            INTERMEDIATE_PATH_LENGTH);
  }

  private static final class Holder {
    static final LabCertificateAuthority INSTANCE = new LabCertificateAuthority();
  }

  /** The process-wide lab CA, made on first call. */
  public static LabCertificateAuthority instance() {
    return Holder.INSTANCE;
  }

  /** The trust anchor a client must add to validate lab servers. */
  public X509Certificate rootCertificate() {
    return root;
  }

  public X509Certificate intermediateCertificate() {
    return intermediate;
  }

  /** The certificate chain and key for {@code hostName} (lower-case, no trailing dot). */
  public ServerCredentials credentialsFor(String hostName, CertificateProfile profile) {
    return issued.computeIfAbsent(hostName + " " + profile, key -> issue(hostName, profile));
  }

  /**
   * A certificate for {@code hostName} on a key that no lab server has: what an on-path attacker
   * presents. Self-signed, or issued by the lab CA (the "compromised CA" case: PKIX accepts it,
   * only a TLSA record or an earlier session shows that the key changed).
   */
  public ServerCredentials impostorCredentialsFor(String hostName, boolean issuedByLabCa) {
    CertificateProfile profile =
        issuedByLabCa ? CertificateProfile.GOOD_EC : CertificateProfile.GOOD_EC.selfSigned();
    return impostors.computeIfAbsent(
        hostName + " " + profile, key -> issue(hostName, profile, LabKeys.impostorKey()));
  }

  private ServerCredentials issue(String hostName, CertificateProfile profile) {
    return issue(hostName, profile, LabKeys.serverKey(profile.keyKind()));
  }

  private ServerCredentials issue(String hostName, CertificateProfile profile, KeyPair serverKey) {
    boolean self = profile.issuer() == CertificateIssuer.SELF;
    // A self-signed certificate names its own subject as issuer (RFC 5280 §6.1).
    X500Name issuer =
        self
            ? new X500Name("CN=" + profile.namesFor(hostName).get(0))
            : X500Name.getInstance(intermediate.getSubjectX500Principal().getEncoded());
    X509Certificate leaf =
        CertificateMaker.server(
            hostName,
            serverKey,
            profile,
            issuer,
            self ? serverKey : intermediateKey,
            Instant.now());
    List<X509Certificate> chain =
        profile.sendIntermediate() ? List.of(leaf, intermediate) : List.of(leaf);
    return new ServerCredentials(chain, serverKey.getPrivate(), profile.keyKind());
  }
}
