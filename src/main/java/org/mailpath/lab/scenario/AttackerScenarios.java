package org.mailpath.lab.scenario;

import static org.mailpath.lab.scenario.HostBehaviour.starttls;
import static org.mailpath.lab.scenario.LabHost.mx;
import static org.mailpath.lab.scenario.TlsProfile.MODERN;

import java.util.List;
import org.mailpath.lab.LabScenario;

/**
 * Rows of the scenario table with the lab's on-path attacker in front of the MX (RFC 3207 §6): a
 * sound server, as in good.mail.test, whose address in DNS is the attacker's, which relays every
 * session to the real host. Compare each with the same domain unattacked (good, dane, sts).
 */
final class AttackerScenarios {

  private static final String STRIPPED = "starttls-stripped-suspected";
  private static final String SUBSTITUTED = "certificate-substituted-suspected";

  private AttackerScenarios() {}

  static List<ScenarioDefinition> definitions() {
    return List.of(
        attacked(
            "strip.mail.test",
            "Attacker strips STARTTLS",
            "An on-path attacker relays the dialogue to a sound server but deletes STARTTLS from"
                + " its EHLO reply (the attack RFC 3207 §6 names). Nothing the domain publishes"
                + " says TLS is expected, so this looks exactly like nostarttls.mail.test:"
                + " opportunistic senders deliver in clear text to the attacker.",
            AttackMode.STRIP,
            List.of("starttls-not-supported"),
            List.of(STRIPPED)),
        attacked(
                "strip-dane.mail.test",
                "Attacker strips STARTTLS, DANE published",
                "As strip.mail.test, but the domain publishes a DNSSEC-signed TLSA record for its"
                    + " MX. DANE senders (RFC 7672 §2.2) know TLS is required, refuse the clear"
                    + " session and defer; mailpath names the likely attack.",
                AttackMode.STRIP,
                List.of("starttls-not-supported", "dane-required", STRIPPED),
                List.of(SUBSTITUTED))
            .withTlsa(TlsaSpec.daneEe("mx1.strip-dane.mail.test")),
        PolicyScenarios.sts(
                "strip-sts.mail.test",
                "Attacker strips STARTTLS, MTA-STS enforce",
                "As strip.mail.test, but the domain publishes an MTA-STS policy in enforce mode"
                    + " listing its MX. MTA-STS senders (RFC 8461 §5) refuse to send in clear and"
                    + " defer; opportunistic senders still deliver in clear text to the attacker.",
                List.of("starttls-not-supported", "sts-enforce", "tlsrpt-present", STRIPPED),
                List.of("sts-mx-mismatch"),
                List.of("mx1.strip-sts.mail.test"),
                StsSetup.enforce(List.of("mx1.strip-sts.mail.test")))
            .withAttacker(AttackMode.STRIP),
        PolicyScenarios.sts(
                "tls454-sts.mail.test",
                "Attacker answers STARTTLS with 454",
                "The attacker lets STARTTLS be advertised but answers it with \"454 4.7.0 TLS not"
                    + " available due to temporary reason\" (RFC 3207 §4). Opportunistic senders"
                    + " go on in clear text; the MTA-STS enforce policy makes careful senders"
                    + " defer.",
                List.of("sts-enforce", STRIPPED),
                List.of("sts-mx-mismatch"),
                List.of("mx1.tls454-sts.mail.test"),
                StsSetup.enforce(List.of("mx1.tls454-sts.mail.test")))
            .withAttacker(AttackMode.REFUSE_STARTTLS),
        attacked(
                "mitm-cert.mail.test",
                "Attacker presents its own certificate, DANE published",
                "The attacker completes STARTTLS itself with a self-signed certificate on its own"
                    + " key and relays the plain text to the real server. Opportunistic senders"
                    + " encrypt to the attacker, which reads everything; the TLSA record pins the"
                    + " real key, so DANE senders refuse and defer.",
                AttackMode.SUBSTITUTE_CERTIFICATE,
                List.of("certificate-self-signed", "tlsa-invalid", SUBSTITUTED),
                List.of(STRIPPED))
            .withTlsa(TlsaSpec.daneEe("mx1.mitm-cert.mail.test")),
        PolicyScenarios.sts(
                "mitm-ca.mail.test",
                "Attacker with a certificate from a trusted CA",
                "The attacker presents a certificate for the MX name that the lab CA issued on the"
                    + " attacker's key: a compromised or coerced CA. It is valid for PKIX, so even"
                    + " MTA-STS senders deliver to the attacker; only the TLSA record, which pins"
                    + " the real key, makes DANE senders refuse.",
                List.of("sts-enforce", "tlsa-invalid"),
                List.of("certificate-not-trusted", "certificate-host-mismatch", STRIPPED),
                List.of("mx1.mitm-ca.mail.test"),
                StsSetup.enforce(List.of("mx1.mitm-ca.mail.test")))
            .withTlsa(TlsaSpec.daneEe("mx1.mitm-ca.mail.test"))
            .withAttacker(AttackMode.CERTIFICATE_FROM_TRUSTED_CA),
        attacked(
            "downgrade.mail.test",
            "Attacker forces TLS 1.0",
            "The attacker completes STARTTLS itself offering only TLS 1.0 (RFC 8996 §2 forbids"
                + " it), with the server's own certificate. Senders that refuse TLS 1.0 fail the"
                + " handshake and most retry in clear text, through the attacker.",
            AttackMode.DOWNGRADE,
            List.of("tls-max-version-1.0", "tls-version-obsolete", "tls13-not-supported"),
            List.of(STRIPPED, SUBSTITUTED)));
  }

  /** One sound MX host, {@code mx1.<domain>}, with the attacker in {@code mode} in front. */
  private static ScenarioDefinition attacked(
      String domain,
      String title,
      String description,
      AttackMode mode,
      List<String> expected,
      List<String> absent) {
    return new ScenarioDefinition(
            new LabScenario(domain, title, description, expected, absent),
            List.of(mx("mx1." + domain, 10, starttls(MODERN))),
            false,
            List.of())
        .withAttacker(mode);
  }
}
