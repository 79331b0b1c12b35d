package org.mailpath.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.CipherSuite;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.SecurityParameters;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.TlsFatalAlertReceived;
import org.bouncycastle.tls.crypto.TlsCertificate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** STARTTLS handshakes with lab servers from a Bouncy Castle client, as the engine makes them. */
class LabTlsHandshakeTest {

  private static Lab lab;
  private static int port;

  @BeforeAll
  static void startLab() {
    lab = Lab.start(Duration.ZERO);
    port = lab.prepare("good.mail.test").smtpPort();
    for (String domain :
        List.of("tls10.mail.test", "noems.mail.test", "keyusage.mail.test", "expired.mail.test")) {
      lab.prepare(domain);
    }
  }

  @AfterAll
  static void stopLab() {
    lab.close();
  }

  /** Connects, says EHLO, sends STARTTLS and shakes hands with {@code client}. */
  private static SmtpTestClient handshake(String hostName, ObservingTlsClient client)
      throws IOException {
    SmtpTestClient smtp = SmtpTestClient.connect(lab.addressOf(hostName), port);
    try {
      smtp.readReply();
      smtp.command("EHLO client.example");
      smtp.startTls(client);
      return smtp;
    } catch (IOException | RuntimeException e) {
      smtp.close();
      throw e;
    }
  }

  @Test
  void handshake_goodHostOfferingTls13_negotiatesTls13() throws IOException {
    ObservingTlsClient client =
        new ObservingTlsClient(ProtocolVersion.TLSv13.downTo(ProtocolVersion.TLSv10));
    try (SmtpTestClient smtp = handshake("mx1.good.mail.test", client)) {
      assertThat(client.negotiatedVersion()).isEqualTo(ProtocolVersion.TLSv13);
    }
  }

  @Test
  void handshake_goodHostOfferingOnlyTls12_negotiatesTls12WithEms() throws IOException {
    ObservingTlsClient client = new ObservingTlsClient(ProtocolVersion.TLSv12.only());
    try (SmtpTestClient smtp = handshake("mx2.good.mail.test", client)) {
      SecurityParameters negotiated = client.negotiated();
      assertThat(negotiated.getNegotiatedVersion()).isEqualTo(ProtocolVersion.TLSv12);
      assertThat(negotiated.isExtendedMasterSecret()).isTrue();
    }
  }

  @Test
  void ehlo_afterStarttls_isAnsweredOverTlsWithoutStarttls() throws IOException {
    ObservingTlsClient client = new ObservingTlsClient(ProtocolVersion.TLSv13.only());
    try (SmtpTestClient smtp = handshake("mx1.good.mail.test", client)) {
      List<String> reply = smtp.command("EHLO client.example");

      assertThat(reply).first().asString().startsWith("250-mx1.good.mail.test");
      assertThat(reply).noneMatch(line -> line.contains("STARTTLS"));
      assertThat(smtp.command("QUIT")).singleElement().asString().startsWith("221 ");
    }
  }

  @Test
  void handshake_goodHost_sendsLeafAndIntermediateThatValidateToLabCa() throws Exception {
    ObservingTlsClient client = new ObservingTlsClient(ProtocolVersion.TLSv13.only());
    try (SmtpTestClient smtp = handshake("mx1.good.mail.test", client)) {
      List<X509Certificate> chain = toX509(client.serverChain());

      assertThat(chain).hasSize(2);
      assertThat(chain.get(0).getSubjectAlternativeNames())
          .singleElement()
          .isEqualTo(List.of(2, "mx1.good.mail.test"));
      assertThat(chain.get(0).getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
      assertThat(chain.get(0).getKeyUsage()[0]).as("digitalSignature").isTrue();
      validate(chain, new Date()); // throws if the chain does not lead to the lab CA
    }
  }

  @Test
  void handshake_implicitHost_presentsCertificateForTheDomainItself() throws Exception {
    lab.prepare("implicit.mail.test");
    ObservingTlsClient client = new ObservingTlsClient(ProtocolVersion.TLSv13.only());
    try (SmtpTestClient smtp = handshake("implicit.mail.test", client)) {
      X509Certificate leaf = toX509(client.serverChain()).get(0);

      assertThat(leaf.getSubjectAlternativeNames())
          .singleElement()
          .isEqualTo(List.of(2, "implicit.mail.test"));
    }
  }

  @Test
  void handshake_tls10HostOfferingOnlyTls10_negotiatesTls10WithEms() throws IOException {
    ObservingTlsClient client = new ObservingTlsClient(ProtocolVersion.TLSv10.only());
    try (SmtpTestClient smtp = handshake("mx1.tls10.mail.test", client)) {
      SecurityParameters negotiated = client.negotiated();
      assertThat(negotiated.getNegotiatedVersion()).isEqualTo(ProtocolVersion.TLSv10);
      assertThat(negotiated.isExtendedMasterSecret()).isTrue();
    }
  }

  @Test
  void handshake_tls10HostOfferingTls12AndLater_fails() {
    ObservingTlsClient client =
        new ObservingTlsClient(ProtocolVersion.TLSv13.downTo(ProtocolVersion.TLSv12));

    assertThatThrownBy(() -> handshake("mx1.tls10.mail.test", client).close())
        .isInstanceOfAny(TlsFatalAlert.class, TlsFatalAlertReceived.class);
  }

  @Test
  void handshake_noemsHost_negotiatesTls12WithoutEms() throws IOException {
    ObservingTlsClient client =
        new ObservingTlsClient(ProtocolVersion.TLSv13.downTo(ProtocolVersion.TLSv12));
    try (SmtpTestClient smtp = handshake("mx1.noems.mail.test", client)) {
      SecurityParameters negotiated = client.negotiated();
      assertThat(negotiated.getNegotiatedVersion()).isEqualTo(ProtocolVersion.TLSv12);
      assertThat(negotiated.isExtendedMasterSecret()).isFalse();
    }
  }

  @Test
  void handshake_keyusageHostWithEcdheRsa_isAbortedByBouncyCastleClient() {
    ObservingTlsClient client =
        new ObservingTlsClient(ProtocolVersion.TLSv13.downTo(ProtocolVersion.TLSv12));

    assertThatThrownBy(() -> handshake("mx1.keyusage.mail.test", client).close())
        .isInstanceOfSatisfying(
            TlsFatalAlert.class,
            alert ->
                assertThat(alert.getAlertDescription())
                    .isEqualTo(AlertDescription.certificate_unknown));
  }

  @Test
  void handshake_keyusageHostWithRsaKeyTransportOnly_succeeds() throws IOException {
    ObservingTlsClient client =
        new ObservingTlsClient(
            ProtocolVersion.TLSv12.only(), new int[] {CipherSuite.TLS_RSA_WITH_AES_128_GCM_SHA256});
    try (SmtpTestClient smtp = handshake("mx1.keyusage.mail.test", client)) {
      assertThat(client.negotiated().getCipherSuite())
          .isEqualTo(CipherSuite.TLS_RSA_WITH_AES_128_GCM_SHA256);
    }
  }

  @Test
  void handshake_keyusageHost_presentsRsaCertificateWithKeyEnciphermentOnly() throws Exception {
    ObservingTlsClient client =
        new ObservingTlsClient(
            ProtocolVersion.TLSv12.only(), new int[] {CipherSuite.TLS_RSA_WITH_AES_128_GCM_SHA256});
    try (SmtpTestClient smtp = handshake("mx1.keyusage.mail.test", client)) {
      X509Certificate leaf = toX509(client.serverChain()).get(0);

      assertThat(leaf.getPublicKey().getAlgorithm()).isEqualTo("RSA");
      boolean[] keyUsage = leaf.getKeyUsage();
      assertThat(keyUsage[0]).as("digitalSignature").isFalse();
      assertThat(keyUsage[2]).as("keyEncipherment").isTrue();
    }
  }

  @Test
  void handshake_expiredHost_presentsCertificatePastItsNotAfter() throws Exception {
    ObservingTlsClient client = new ObservingTlsClient(ProtocolVersion.TLSv13.only());
    try (SmtpTestClient smtp = handshake("mx1.expired.mail.test", client)) {
      List<X509Certificate> chain = toX509(client.serverChain());

      assertThat(chain.get(0).getNotAfter()).isBefore(new Date());
      assertThatThrownBy(() -> validate(chain, new Date()))
          .hasRootCauseInstanceOf(CertificateExpiredException.class);
    }
  }

  @Test
  void handshake_expiredHost_chainValidatesAtTheLeafsOwnDates() throws Exception {
    ObservingTlsClient client = new ObservingTlsClient(ProtocolVersion.TLSv13.only());
    try (SmtpTestClient smtp = handshake("mx1.expired.mail.test", client)) {
      List<X509Certificate> chain = toX509(client.serverChain());
      X509Certificate leaf = chain.get(0);
      Date middleOfLeafLife =
          new Date((leaf.getNotBefore().getTime() + leaf.getNotAfter().getTime()) / 2);

      // Only the dates are wrong: at a time inside the leaf's validity, the CAs were valid too.
      validate(chain, middleOfLeafLife);
    }
  }

  private static List<X509Certificate> toX509(TlsCertificate[] chain) throws Exception {
    CertificateFactory factory = CertificateFactory.getInstance("X.509");
    List<X509Certificate> certificates = new ArrayList<>();
    for (TlsCertificate certificate : chain) {
      certificates.add(
          (X509Certificate)
              factory.generateCertificate(new ByteArrayInputStream(certificate.getEncoded())));
    }
    return certificates;
  }

  private static void validate(List<X509Certificate> chain, Date at)
      throws GeneralSecurityException {
    PKIXParameters parameters =
        new PKIXParameters(Set.of(new TrustAnchor(Lab.caCertificate(), null)));
    parameters.setRevocationEnabled(false);
    parameters.setDate(at);
    CertPathValidator.getInstance("PKIX")
        .validate(CertificateFactory.getInstance("X.509").generateCertPath(chain), parameters);
  }
}
