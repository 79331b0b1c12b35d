package org.mailpath.lab.scenario;

import static org.mailpath.lab.scenario.HostBehaviour.starttls;
import static org.mailpath.lab.scenario.LabHost.mx;
import static org.mailpath.lab.scenario.TlsProfile.MODERN;

import java.util.List;
import java.util.stream.IntStream;
import org.mailpath.lab.LabScenario;
import org.mailpath.lab.pki.CertificateProfile;

/**
 * Rows of the scenario table about what a domain asks senders to enforce: DANE (RFC 7672), MTA-STS
 * (RFC 8461), TLS-RPT (RFC 8460), REQUIRETLS (RFC 8689), and an MX that is an alias.
 */
final class PolicyScenarios {

  private PolicyScenarios() {}

  static List<ScenarioDefinition> definitions() {
    return List.of(
        dane(
                "dane.mail.test",
                "DANE-EE: the TLSA record pins the server key",
                "A DNSSEC-signed TLSA record 3 1 1 at _25._tcp.mx1.dane.mail.test holds the SHA-256"
                    + " of the server's public key. DANE senders (RFC 7672) authenticate the server"
                    + " with it, independent of any CA.",
                List.of("dane-tlsa-match"),
                List.of("tlsa-invalid", "dnssec-invalid"))
            .withTlsa(TlsaSpec.daneEe("mx1.dane.mail.test")),
        dane(
                "dane-ta.mail.test",
                "DANE-TA: the TLSA record pins the issuing CA",
                "A TLSA record 2 1 1 holds the SHA-256 of the lab issuing CA's key, which the"
                    + " server sends in its chain (RFC 7672 §3.1.2): any certificate from that CA"
                    + " for the MX name authenticates the server.",
                List.of("dane-tlsa-match"),
                List.of("tlsa-invalid", "dnssec-invalid"))
            .withTlsa(TlsaSpec.daneTa("mx1.dane-ta.mail.test")),
        dane(
                "dane-mismatch.mail.test",
                "DANE: the TLSA record matches nothing",
                "The TLSA record is signed and well formed, but its digest belongs to no key the"
                    + " server has (a key rolled without updating DNS). DANE senders must not"
                    + " deliver (RFC 7672 §2.2) and defer the message.",
                List.of("tlsa-invalid"),
                List.of("dane-tlsa-match", "dnssec-invalid", "certificate-substituted-suspected"))
            .withTlsa(TlsaSpec.matchingNothing("mx1.dane-mismatch.mail.test")),
        dane(
                "dane-bogus.mail.test",
                "DANE: the TLSA signature is broken",
                "The TLSA record would match, but its RRSIG does not verify, so DNSSEC calls the"
                    + " answer bogus (RFC 4035 §5.5). DANE senders treat a bogus TLSA RRset as an"
                    + " error and defer (RFC 7672 §2.2); they must not fall back to cleartext.",
                List.of("dnssec-invalid"),
                List.of("dane-tlsa-match"))
            .withTlsa(TlsaSpec.daneEe("mx1.dane-bogus.mail.test").withBrokenSignature()),
        sts(
            "sts.mail.test",
            "MTA-STS enforce, all correct",
            "The domain publishes an MTA-STS policy in enforce mode whose mx pattern matches its"
                + " MX host, served over HTTPS with a valid certificate, and a TLS-RPT address."
                + " MTA-STS senders require an authenticated TLS session and report failures.",
            List.of("sts-enforce", "tlsrpt-present"),
            List.of("sts-mx-mismatch", "sts-policy-fetch-error", "sts-webpki-invalid"),
            List.of("mx1.sts.mail.test"),
            StsSetup.enforce(List.of("mx1.sts.mail.test"))),
        sts(
            "sts-mismatch.mail.test",
            "MTA-STS: the MX is not in the policy",
            "The enforce policy lists mail.sts-mismatch.mail.test, but the MX record names"
                + " mx1.sts-mismatch.mail.test (RFC 8461 §4.1). Enforcing senders refuse to"
                + " deliver to that host, so mail is deferred.",
            List.of("sts-enforce", "sts-mx-mismatch", "tlsrpt-present"),
            List.of("sts-policy-fetch-error"),
            List.of("mx1.sts-mismatch.mail.test"),
            StsSetup.enforce(List.of("mail.sts-mismatch.mail.test"))),
        sts(
            "sts-redirect.mail.test",
            "MTA-STS: the policy URL redirects",
            "The policy host answers 302 with a Location that does serve a valid policy. RFC 8461"
                + " §3.3 forbids following redirects, so a correct sender has no policy.",
            List.of("sts-policy-fetch-error", "tlsrpt-present"),
            List.of("sts-enforce"),
            List.of("mx1.sts-redirect.mail.test"),
            StsSetup.enforce(List.of("mx1.sts-redirect.mail.test")).servedAs(StsServing.REDIRECT)),
        sts(
            "sts-testing.mail.test",
            "MTA-STS in testing mode",
            "A valid policy in testing mode (RFC 8461 §5): senders check the MX and its"
                + " certificate and report failures through TLS-RPT, but deliver anyway.",
            List.of("tlsrpt-present"),
            List.of("sts-enforce", "sts-mx-mismatch"),
            List.of("mx1.sts-testing.mail.test"),
            StsSetup.enforce(List.of("mx1.sts-testing.mail.test")).withMode("testing")),
        sts(
            "sts-badcert.mail.test",
            "MTA-STS: the policy host's certificate is for another name",
            "The policy host presents a lab CA certificate for www.sts-badcert.mail.test, not"
                + " for mta-sts.sts-badcert.mail.test. RFC 8461 §3.3 requires a valid web PKI"
                + " certificate for the policy host, so senders cannot use the policy.",
            List.of("sts-webpki-invalid", "tlsrpt-present"),
            List.of("sts-enforce"),
            List.of("mx1.sts-badcert.mail.test"),
            StsSetup.enforce(List.of("mx1.sts-badcert.mail.test"))
                .withCertificate(
                    CertificateProfile.GOOD_EC.issuedFor("www.sts-badcert.mail.test"))),
        sts(
            "sts-wildcard.mail.test",
            "MTA-STS wildcard: one label only",
            "The policy says \"mx: *.mail.sts-wildcard.mail.test\". RFC 8461 §4.1: the wildcard"
                + " matches exactly one left-most label, so mx1.mail.sts-wildcard.mail.test"
                + " matches and a.b.mail.sts-wildcard.mail.test does not.",
            List.of("sts-enforce", "sts-mx-mismatch", "tlsrpt-present"),
            List.of("sts-policy-fetch-error"),
            List.of("mx1.mail.sts-wildcard.mail.test", "a.b.mail.sts-wildcard.mail.test"),
            StsSetup.enforce(List.of("*.mail.sts-wildcard.mail.test"))),
        new ScenarioDefinition(
            new LabScenario(
                "requiretls.mail.test",
                "REQUIRETLS advertised",
                "After STARTTLS the server's EHLO reply lists REQUIRETLS (RFC 8689): a sender can"
                    + " mark a message as needing TLS on every hop, and this server promises to"
                    + " honour that.",
                List.of(),
                List.of("requiretls-not-advertised")),
            List.of(mx("mx1.requiretls.mail.test", 10, starttls(MODERN.withRequireTls()))),
            false,
            List.of()),
        new ScenarioDefinition(
            new LabScenario(
                "cname.mail.test",
                "MX names an alias",
                "The MX record names mail.cname.mail.test, which is a CNAME to"
                    + " mx1.cname.mail.test. RFC 2181 §10.3 forbids an MX pointing at an alias;"
                    + " most senders follow it anyway, some refuse. The certificate names both.",
                List.of("mx-points-to-cname"),
                List.of("certificate-host-mismatch")),
            List.of(
                LabHost.aliasTarget(
                    "mx1.cname.mail.test",
                    starttls(
                        MODERN.withCertificate(
                            CertificateProfile.GOOD_EC.issuedFor(
                                "mail.cname.mail.test", "mx1.cname.mail.test"))))),
            false,
            List.of(
                "cname.mail.test. 3600 IN MX 10 mail.cname.mail.test.",
                "mail.cname.mail.test. 3600 IN CNAME mx1.cname.mail.test.")));
  }

  private static ScenarioDefinition dane(
      String domain, String title, String description, List<String> expected, List<String> absent) {
    return new ScenarioDefinition(
        new LabScenario(domain, title, description, expected, absent),
        List.of(mx("mx1." + domain, 10, starttls(MODERN))),
        false,
        List.of());
  }

  /** An MTA-STS scenario: MX hosts, the policy, and a TLS-RPT record (RFC 8460 §3). */
  static ScenarioDefinition sts(
      String domain,
      String title,
      String description,
      List<String> expected,
      List<String> absent,
      List<String> mxHosts,
      StsSetup policy) {
    List<LabHost> hosts =
        IntStream.range(0, mxHosts.size())
            .mapToObj(i -> mx(mxHosts.get(i), 10 * (i + 1), starttls(MODERN)))
            .toList();
    return new ScenarioDefinition(
            new LabScenario(domain, title, description, expected, absent),
            hosts,
            false,
            List.of(
                "_smtp._tls."
                    + domain
                    + ". 3600 IN TXT \"v=TLSRPTv1; rua=mailto:tlsrpt@"
                    + domain
                    + "\""))
        .withSts(policy);
  }
}
