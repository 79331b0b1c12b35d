package org.mailpath.lab.scenario;

import static org.mailpath.lab.scenario.HostBehaviour.BUSY;
import static org.mailpath.lab.scenario.HostBehaviour.PLAINTEXT_ONLY;
import static org.mailpath.lab.scenario.HostBehaviour.REFUSES_CONNECTIONS;
import static org.mailpath.lab.scenario.HostBehaviour.starttls;
import static org.mailpath.lab.scenario.LabHost.implicit;
import static org.mailpath.lab.scenario.LabHost.mx;
import static org.mailpath.lab.scenario.TlsProfile.MODERN;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.mailpath.lab.LabScenario;
import org.mailpath.lab.pki.CertificateProfile;

/**
 * The lab's scenarios, as one table in three parts (transport here, {@link CertificateScenarios},
 * {@link PolicyScenarios}). A new scenario is a new row: hosts, their TLS profile and certificate
 * profile, DNS extras (TLSA, MTA-STS), and the findings a trace must raise (codes from {@code
 * FindingCode}) or must not.
 */
public final class ScenarioCatalog {

  /** Reachability, STARTTLS, TLS versions and MX shapes: the first scenarios a trainer shows. */
  private static final List<ScenarioDefinition> TRANSPORT =
      List.of(
          row(
              "good.mail.test",
              "Everything right",
              "Two MX hosts (preference 10 and 20), both offering STARTTLS with TLS 1.3 and 1.2,"
                  + " Extended Master Secret, and a certificate for the MX name issued by the lab"
                  + " CA via an intermediate. This is what every sender can deliver to securely;"
                  + " compare every other scenario with it.",
              List.of(),
              List.of(
                  mx("mx1.good.mail.test", 10, starttls(MODERN)),
                  mx("mx2.good.mail.test", 20, starttls(MODERN))),
              List.of("smtp.good.mail.test. 3600 IN CNAME mx1.good.mail.test.")),
          row(
              "nostarttls.mail.test",
              "No STARTTLS",
              "The server never advertises STARTTLS in its EHLO reply. Opportunistic senders"
                  + " deliver the whole message, envelope, headers and body, in clear text;"
                  + " senders that require TLS (MTA-STS enforce, DANE, REQUIRETLS) cannot deliver"
                  + " at all. An on-path attacker can also strip STARTTLS from a reply, which looks"
                  + " exactly like this.",
              List.of("starttls-not-supported"),
              List.of(mx("mx1.nostarttls.mail.test", 10, PLAINTEXT_ONLY)),
              List.of()),
          row(
              "tls10.mail.test",
              "Only TLS 1.0",
              "STARTTLS is offered, but the server speaks nothing newer than TLS 1.0 (RFC 8996"
                  + " deprecated it). A modern sender offering TLS 1.2 or later fails the handshake"
                  + " and then either retries in clear text or defers. The lab server does"
                  + " negotiate Extended Master Secret, which RFC 7627 defines for TLS 1.0 too, so"
                  + " this scenario isolates the version problem: tls12-without-ems must NOT be"
                  + " raised here.",
              List.of("tls-max-version-1.0", "tls-version-obsolete", "tls13-not-supported"),
              List.of(
                  mx(
                      "mx1.tls10.mail.test",
                      10,
                      starttls(MODERN.withVersions(TlsVersionRange.TLS10_ONLY)))),
              List.of()),
          row(
              "noems.mail.test",
              "TLS 1.2 without Extended Master Secret",
              "The server speaks TLS 1.2 at most and refuses Extended Master Secret (RFC 7627)."
                  + " The session keys then do not depend on the whole handshake, which enables"
                  + " triple-handshake attacks; clients that require EMS (RFC 9325 §3.5) refuse to"
                  + " connect, others deliver over a weaker TLS 1.2 session.",
              List.of("tls12-without-ems", "tls13-not-supported"),
              List.of(
                  mx(
                      "mx1.noems.mail.test",
                      10,
                      starttls(
                          MODERN
                              .withVersions(TlsVersionRange.TLS12_ONLY)
                              .withoutExtendedMasterSecret()))),
              List.of()),
          row(
              "keyusage.mail.test",
              "keyUsage without digitalSignature",
              "The server's RSA certificate has keyUsage keyEncipherment only. That allows plain"
                  + " RSA key transport (TLS_RSA_*), but not signing an ECDHE key exchange or a TLS"
                  + " 1.3 handshake. The server (TLS 1.2 at most) offers both ECDHE_RSA and TLS_RSA"
                  + " suites: a lenient client that prefers TLS_RSA gets through without forward"
                  + " secrecy, a client that ignores keyUsage (OpenSSL's) completes ECDHE_RSA, and a"
                  + " client that enforces it (GnuTLS, Bouncy Castle) aborts the ECDHE_RSA"
                  + " handshake. mailpath completes it, as the lenient sender would, and names the"
                  + " clients that abort.",
              List.of("certificate-keyusage-lacks-digitalsignature", "tls13-not-supported"),
              List.of(
                  mx(
                      "mx1.keyusage.mail.test",
                      10,
                      starttls(
                          MODERN
                              .withVersions(TlsVersionRange.TLS12_ONLY)
                              .withCertificate(CertificateProfile.RSA_KEY_ENCIPHERMENT_ONLY)
                              .withRsaKeyExchange()))),
              List.of()),
          row(
              "expired.mail.test",
              "Expired certificate",
              "TLS itself is fine (TLS 1.3, or 1.2 with EMS), but the certificate expired a month"
                  + " ago. Opportunistic senders do not check certificates and deliver anyway,"
                  + " encrypted but unauthenticated; senders that verify (MTA-STS enforce, PKIX"
                  + " policies) refuse the server and defer the message.",
              List.of("certificate-expired"),
              List.of(
                  mx(
                      "mx1.expired.mail.test",
                      10,
                      starttls(MODERN.withCertificate(CertificateProfile.EXPIRED_EC)))),
              List.of()),
          new ScenarioDefinition(
              new LabScenario(
                  "nullmx.mail.test",
                  "Null MX",
                  "The domain publishes \"MX 0 .\" (RFC 7505): it accepts no mail. A sender"
                      + " bounces at once instead of queueing and retrying, and never falls back to"
                      + " the domain's address record.",
                  List.of("null-mx")),
              List.of(),
              true,
              List.of()),
          row(
              "implicit.mail.test",
              "No MX, only an address",
              "The domain has no MX record, only an A record. RFC 5321 §5.1 makes senders treat"
                  + " the domain itself as its mail server (the implicit MX); here a working"
                  + " STARTTLS server answers at that address, with a certificate for"
                  + " implicit.mail.test.",
              List.of("implicit-mx"),
              List.of(implicit("implicit.mail.test", starttls(MODERN))),
              List.of()),
          row(
              "multi.mail.test",
              "Three MX hosts, three outcomes",
              "Three MX hosts: the first is fine, the second offers no STARTTLS, and nothing"
                  + " listens at the third (connection refused). Senders try them in preference"
                  + " order, so whether a message travels encrypted depends on which host happens"
                  + " to answer: one bad MX weakens the whole domain.",
              List.of("starttls-not-supported", "connection-refused"),
              List.of(
                  mx("mx1.multi.mail.test", 10, starttls(MODERN)),
                  mx("mx2.multi.mail.test", 20, PLAINTEXT_ONLY),
                  mx("mx3.multi.mail.test", 30, REFUSES_CONNECTIONS)),
              List.of()),
          row(
              "busy.mail.test",
              "Server busy: 421 greeting",
              "The only MX answers every connection with \"421 too busy, try again later\" and"
                  + " hangs up, as a server under load or one that greylists does. Senders keep"
                  + " the message and retry; mailpath cannot judge the host's TLS from here, so"
                  + " the result is inconclusive, not an error.",
              List.of("smtp-temporary-failure"),
              List.of(mx("mx1.busy.mail.test", 10, BUSY)),
              List.of()));

  private static final List<ScenarioDefinition> SCENARIOS =
      Stream.of(
              TRANSPORT,
              CertificateScenarios.definitions(),
              PolicyScenarios.definitions(),
              AttackerScenarios.definitions())
          .flatMap(List::stream)
          .toList();

  private ScenarioCatalog() {}

  /** Every scenario definition, in listing order. */
  public static List<ScenarioDefinition> definitions() {
    return SCENARIOS;
  }

  /** The scenario that owns {@code asciiName}, if any. */
  public static Optional<ScenarioDefinition> owning(String asciiName) {
    return SCENARIOS.stream().filter(d -> d.owns(asciiName)).findFirst();
  }

  private static ScenarioDefinition row(
      String domain,
      String title,
      String description,
      List<String> expectedFindings,
      List<LabHost> hosts,
      List<String> extraRecords) {
    return new ScenarioDefinition(
        new LabScenario(domain, title, description, expectedFindings), hosts, false, extraRecords);
  }
}
