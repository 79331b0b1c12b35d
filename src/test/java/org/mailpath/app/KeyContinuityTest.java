package org.mailpath.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.mailpath.dns.DnssecStatus;
import org.mailpath.finding.Finding;
import org.mailpath.finding.Severity;
import org.mailpath.pki.CertificateInfo;
import org.mailpath.pki.CertificateInspector;
import org.mailpath.pki.ChainVerdict;
import org.mailpath.pki.PublicKeyFingerprint;
import org.mailpath.policy.PolicyReport;
import org.mailpath.smtp.ConnectionPlan;
import org.mailpath.smtp.SmtpObservation;
import org.mailpath.tls.TlsObservation;
import org.mailpath.trace.ConnectionReport;
import org.mailpath.trace.TraceReport;

class KeyContinuityTest {

  private static final String HOST = "mx1.good.mail.test";
  private static final Instant EARLIER = Instant.parse("2026-03-01T09:15:00Z");
  private static final KeyPair OLD_PAIR = keyPair();
  private static final CertificateInfo OLD_KEY = certificate(OLD_PAIR, 1);
  // A renewal that kept the key: another certificate (serial, signature) on the same key.
  private static final CertificateInfo OLD_KEY_REISSUED = certificate(OLD_PAIR, 2);
  private static final CertificateInfo NEW_KEY = certificate(keyPair(), 3);

  @Test
  void changedKeys_sameKey_raisesNothing() {
    assertThat(changedKeys(report(HOST, OLD_KEY_REISSUED, null), report(HOST, OLD_KEY, null)))
        .isEmpty();
  }

  @Test
  void changedKeys_newKeyWithoutTlsa_raisesWarningWithEvidence() {
    List<Finding> found = changedKeys(report(HOST, NEW_KEY, null), report(HOST, OLD_KEY, null));

    assertThat(found)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("certificate-key-changed");
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.subject()).isEqualTo(HOST + " [127.0.0.1]:25");
              assertThat(f.detail()).contains("renewed").contains("someone on the network path");
              assertThat(f.evidence())
                  .anyMatch(e -> e.contains("session 7 of 2026-03-01 09:15:00 UTC"))
                  .anyMatch(e -> e.contains(PublicKeyFingerprint.sha256(OLD_KEY).orElseThrow()))
                  .anyMatch(e -> e.contains(PublicKeyFingerprint.sha256(NEW_KEY).orElseThrow()))
                  .anyMatch(
                      e -> e.startsWith("certificate now: CN=" + HOST + " issued by CN=" + HOST))
                  .contains("trusted by the web PKI for this name: yes");
            });
  }

  @Test
  void changedKeys_newKeyMatchedByTlsa_raisesNothing() {
    assertThat(changedKeys(report(HOST, NEW_KEY, "MATCH"), report(HOST, OLD_KEY, null))).isEmpty();
  }

  @Test
  void changedKeys_newKeyTlsaNotMatched_raisesFinding() {
    assertThat(changedKeys(report(HOST, NEW_KEY, "NO_MATCH"), report(HOST, OLD_KEY, null)))
        .hasSize(1);
  }

  @Test
  void changedKeys_hostNotInEarlierSession_raisesNothing() {
    assertThat(
            changedKeys(report(HOST, NEW_KEY, null), report("mx2.good.mail.test", OLD_KEY, null)))
        .isEmpty();
  }

  @Test
  void changedKeys_earlierSessionWithoutTls_raisesNothing() {
    assertThat(changedKeys(report(HOST, NEW_KEY, null), report(HOST, null, null))).isEmpty();
  }

  @Test
  void withExtraFindings_addsTheFindingToItsConnectionToo() {
    TraceReport current = report(HOST, NEW_KEY, null);
    TraceReport checked =
        current.withExtraFindings(changedKeys(current, report(HOST, OLD_KEY, null)));

    assertThat(checked.findings()).hasSize(1);
    assertThat(checked.connections().get(0).findings()).isEqualTo(checked.findings());
  }

  private static List<Finding> changedKeys(TraceReport current, TraceReport earlier) {
    return KeyContinuity.changedKeys(current, 7, earlier);
  }

  private static TraceReport report(String host, CertificateInfo leaf, String tlsaStatus) {
    ConnectionPlan plan = new ConnectionPlan("c1", host, 10, "127.0.0.1", 25);
    TlsObservation tls =
        leaf == null
            ? null
            : new TlsObservation(
                "TLSv1.2-TLSv1.3",
                true,
                "TLSv1.3",
                "TLS_AES_128_GCM_SHA256",
                "x25519",
                "n/a",
                null,
                List.of(leaf),
                new ChainVerdict(true, null, true, host, true, "CN=lab root", null),
                "not stapled");
    SmtpObservation smtp =
        new SmtpObservation(
            true, "220 ready", 220, true, List.of("STARTTLS"), true, "220 go", List.of());
    ConnectionReport connection =
        new ConnectionReport(plan, List.of(), List.of(), smtp, tls, null, null, List.of());
    List<PolicyReport.DaneCheck> checks =
        tlsaStatus == null
            ? List.of()
            : List.of(new PolicyReport.DaneCheck("c1", tlsaStatus, null, -1, "TLSA " + tlsaStatus));
    PolicyReport policy =
        new PolicyReport(
            null,
            null,
            null,
            null,
            null,
            List.of(
                new PolicyReport.DaneHost(
                    host, null, DnssecStatus.SECURE, List.of(), "DANE_REQUIRED", "test", checks)),
            null);
    return new TraceReport(
        "alice@good.mail.test",
        "good.mail.test",
        "lab",
        "test",
        EARLIER,
        Duration.ofSeconds(1),
        null,
        List.of(),
        List.of(connection),
        List.of(),
        false,
        null,
        policy,
        List.of());
  }

  private static KeyPair keyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(256);
      return generator.generateKeyPair();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static CertificateInfo certificate(KeyPair key, int serial) {
    try {
      return selfSigned(HOST, key, BigInteger.valueOf(serial));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static CertificateInfo selfSigned(String host, KeyPair key, BigInteger serial)
      throws Exception {
    X500Name name = new X500Name("CN=" + host);
    Instant now = Instant.parse("2026-01-01T00:00:00Z");
    X509Certificate cert =
        new JcaX509CertificateConverter()
            .getCertificate(
                new JcaX509v3CertificateBuilder(
                        name,
                        serial,
                        Date.from(now),
                        Date.from(now.plus(Duration.ofDays(90))),
                        name,
                        key.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").build(key.getPrivate())));
    return CertificateInspector.describe(0, cert);
  }
}
