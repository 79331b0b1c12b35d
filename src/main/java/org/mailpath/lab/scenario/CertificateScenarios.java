package org.mailpath.lab.scenario;

import static org.mailpath.lab.scenario.HostBehaviour.starttls;
import static org.mailpath.lab.scenario.LabHost.mx;
import static org.mailpath.lab.scenario.TlsProfile.MODERN;

import java.util.List;
import org.mailpath.lab.LabScenario;
import org.mailpath.lab.pki.CertificateProfile;
import org.mailpath.lab.pki.KeyKind;
import org.mailpath.lab.pki.ServerPurpose;
import org.mailpath.lab.pki.SignatureHash;

/** Rows of the scenario table about TLS versions and server certificates, one flaw per domain. */
final class CertificateScenarios {

  private CertificateScenarios() {}

  static List<ScenarioDefinition> definitions() {
    return List.of(
        single(
            new LabScenario(
                "tls11.mail.test",
                "TLS 1.1 at most",
                "The server speaks TLS 1.1 and 1.0 and nothing newer; RFC 8996 deprecated both."
                    + " Senders that insist on TLS 1.2 (RFC 9325 §3.1.1) cannot negotiate at all."
                    + " Unlike tls10.mail.test the highest version is 1.1, and EMS is negotiated.",
                List.of("tls-version-obsolete", "tls13-not-supported"),
                List.of("tls-max-version-1.0", "tls12-without-ems")),
            MODERN.withVersions(TlsVersionRange.TLS11_AND_TLS10)),
        single(
            new LabScenario(
                "tls12only.mail.test",
                "TLS 1.2 only, with EMS",
                "A sound TLS 1.2 server (AEAD suites, Extended Master Secret) that has not"
                    + " enabled TLS 1.3 yet. Nothing fails; it only misses what RFC 9325 §3.1.1"
                    + " recommends.",
                List.of("tls13-not-supported"),
                List.of("tls12-without-ems", "tls-version-obsolete")),
            MODERN.withVersions(TlsVersionRange.TLS12_ONLY)),
        single(
            new LabScenario(
                "eku.mail.test",
                "Certificate for clients only",
                "The certificate's extendedKeyUsage lists clientAuth and not serverAuth, so RFC"
                    + " 5280 §4.2.1.12 forbids using it to authenticate a server. Verifying"
                    + " senders refuse it; opportunistic ones encrypt anyway.",
                List.of("certificate-eku-lacks-serverauth"),
                List.of("certificate-host-mismatch", "certificate-expired")),
            withCertificate(
                CertificateProfile.GOOD_EC.withPurpose(ServerPurpose.CLIENT_AUTH_ONLY))),
        single(
            new LabScenario(
                "selfsigned.mail.test",
                "Self-signed certificate",
                "The server signs its own certificate, so no CA vouches for it. Common on small"
                    + " servers: MTA-STS and PKIX senders refuse it, opportunistic senders encrypt"
                    + " without authentication, and a DANE-EE record could still pin it.",
                List.of("certificate-self-signed"),
                List.of("certificate-host-mismatch", "certificate-expired")),
            withCertificate(CertificateProfile.GOOD_EC.selfSigned())),
        single(
            new LabScenario(
                "mismatch.mail.test",
                "Certificate for another name",
                "The certificate is valid and issued by the lab CA, but for www.mismatch.mail.test,"
                    + " not for the MX host (RFC 9525 §6). Verifying senders refuse it.",
                List.of("certificate-host-mismatch"),
                List.of("certificate-not-trusted", "certificate-expired")),
            withCertificate(CertificateProfile.GOOD_EC.issuedFor("www.mismatch.mail.test"))),
        single(
            new LabScenario(
                "chain.mail.test",
                "Intermediate CA not sent",
                "The server sends only its own certificate, without the issuing CA that links it to"
                    + " the root (RFC 8446 §4.4.2 asks for the chain). Browsers often fetch the"
                    + " missing CA; mail senders do not, so verifying senders fail.",
                List.of("certificate-chain-incomplete"),
                List.of("certificate-host-mismatch", "certificate-expired")),
            withCertificate(CertificateProfile.GOOD_EC.withoutIntermediate())),
        single(
            new LabScenario(
                "weakkey.mail.test",
                "RSA 1024 key, SHA-1 signature",
                "The certificate has a 1024-bit RSA key (NIST SP 800-131A disallows it) and the lab"
                    + " CA signed it with ECDSA over SHA-1, a hash broken for collisions. Many TLS"
                    + " clients refuse such a certificate during the handshake.",
                List.of("certificate-weak-key", "certificate-sha1-signature"),
                List.of("certificate-host-mismatch", "certificate-expired")),
            withCertificate(
                CertificateProfile.GOOD_EC.withKey(KeyKind.RSA_1024, SignatureHash.SHA1))));
  }

  private static TlsProfile withCertificate(CertificateProfile certificate) {
    return MODERN.withCertificate(certificate);
  }

  /** A scenario with one MX host, {@code mx1.<domain>}, behaving as {@code tls} says. */
  private static ScenarioDefinition single(LabScenario scenario, TlsProfile tls) {
    return new ScenarioDefinition(
        scenario, List.of(mx("mx1." + scenario.domain(), 10, starttls(tls))), false, List.of());
  }
}
