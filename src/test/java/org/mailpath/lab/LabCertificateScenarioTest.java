package org.mailpath.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.crypto.TlsCertificate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The scenarios of the TLS issue, seen from a Bouncy Castle client over real STARTTLS sessions:
 * each shows exactly its one flaw.
 */
class LabCertificateScenarioTest {

  /** X.509 extendedKeyUsage OIDs (RFC 5280 §4.2.1.12). */
  private static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";

  private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";

  private static Lab lab;
  private static int port;

  @BeforeAll
  static void startLab() {
    lab = Lab.start(Duration.ZERO);
    port = lab.prepareAll().smtpPort();
  }

  @AfterAll
  static void stopLab() {
    lab.close();
  }

  private static ObservingTlsClient handshake(String hostName, ProtocolVersion[] versions)
      throws IOException {
    ObservingTlsClient client = new ObservingTlsClient(versions);
    try (SmtpTestClient smtp = SmtpTestClient.connect(lab.addressOf(hostName), port)) {
      smtp.readReply();
      smtp.command("EHLO client.example");
      smtp.startTls(client);
    }
    return client;
  }

  private static List<X509Certificate> chainOf(String hostName) throws Exception {
    TlsCertificate[] chain =
        handshake(hostName, ProtocolVersion.TLSv13.downTo(ProtocolVersion.TLSv12)).serverChain();
    CertificateFactory factory = CertificateFactory.getInstance("X.509");
    List<X509Certificate> certificates = new ArrayList<>();
    for (TlsCertificate certificate : chain) {
      certificates.add(
          (X509Certificate)
              factory.generateCertificate(new ByteArrayInputStream(certificate.getEncoded())));
    }
    return certificates;
  }

  private static List<String> dnsNames(X509Certificate certificate) throws Exception {
    List<String> names = new ArrayList<>();
    for (List<?> entry : certificate.getSubjectAlternativeNames()) {
      names.add((String) entry.get(1));
    }
    return names;
  }

  @Test
  void handshake_tls11Host_negotiatesTls11AtMost() throws IOException {
    ObservingTlsClient client =
        handshake("mx1.tls11.mail.test", ProtocolVersion.TLSv13.downTo(ProtocolVersion.TLSv10));

    assertThat(client.negotiatedVersion()).isEqualTo(ProtocolVersion.TLSv11);
  }

  @Test
  void handshake_tls12onlyHostOfferedOnlyTls13_fails() {
    assertThatThrownBy(() -> handshake("mx1.tls12only.mail.test", ProtocolVersion.TLSv13.only()))
        .isInstanceOf(IOException.class);
  }

  @Test
  void handshake_tls12onlyHost_negotiatesTls12WithEms() throws IOException {
    ObservingTlsClient client =
        handshake("mx1.tls12only.mail.test", ProtocolVersion.TLSv13.downTo(ProtocolVersion.TLSv12));

    assertThat(client.negotiatedVersion()).isEqualTo(ProtocolVersion.TLSv12);
    assertThat(client.negotiated().isExtendedMasterSecret()).isTrue();
  }

  @Test
  void handshake_ekuHost_presentsClientAuthWithoutServerAuth() throws Exception {
    X509Certificate leaf = chainOf("mx1.eku.mail.test").get(0);

    assertThat(leaf.getExtendedKeyUsage()).contains(CLIENT_AUTH).doesNotContain(SERVER_AUTH);
  }

  @Test
  void handshake_selfsignedHost_presentsOneCertificateSignedByItsOwnKey() throws Exception {
    List<X509Certificate> chain = chainOf("mx1.selfsigned.mail.test");
    X509Certificate leaf = chain.get(0);

    assertThat(chain).hasSize(1);
    assertThat(leaf.getIssuerX500Principal()).isEqualTo(leaf.getSubjectX500Principal());
    leaf.verify(leaf.getPublicKey()); // throws unless self-signed
  }

  @Test
  void handshake_mismatchHost_presentsLabCertificateForAnotherName() throws Exception {
    List<X509Certificate> chain = chainOf("mx1.mismatch.mail.test");

    assertThat(dnsNames(chain.get(0)))
        .containsExactly("www.mismatch.mail.test")
        .doesNotContain("mx1.mismatch.mail.test");
    chain.get(0).verify(LabTestCa.issuingCa().getPublicKey());
  }

  @Test
  void handshake_chainHost_sendsLeafWithoutIntermediate() throws Exception {
    List<X509Certificate> chain = chainOf("mx1.chain.mail.test");

    assertThat(chain).hasSize(1);
    assertThat(chain.get(0).getIssuerX500Principal())
        .isEqualTo(LabTestCa.issuingCa().getSubjectX500Principal());
  }

  @Test
  void handshake_weakkeyHost_presentsRsa1024SignedWithSha1() throws Exception {
    List<X509Certificate> chain = chainOf("mx1.weakkey.mail.test");
    X509Certificate leaf = chain.get(0);

    assertThat(((RSAPublicKey) leaf.getPublicKey()).getModulus().bitLength()).isEqualTo(1024);
    assertThat(leaf.getSigAlgName()).isEqualToIgnoringCase("SHA1withECDSA");
    leaf.verify(LabTestCa.issuingCa().getPublicKey());
  }

  @Test
  void handshake_goodHost_presentsServerAuthSha256AndIntermediate() throws Exception {
    List<X509Certificate> chain = chainOf("mx1.good.mail.test");

    assertThat(chain).hasSize(2);
    assertThat(chain.get(0).getExtendedKeyUsage()).containsExactly(SERVER_AUTH);
    assertThat(chain.get(0).getSigAlgName()).isEqualToIgnoringCase("SHA256withECDSA");
  }

  @Test
  void ehlo_requiretlsHost_advertisesRequireTlsOnlyInsideTls() throws IOException {
    try (SmtpTestClient smtp =
        SmtpTestClient.connect(lab.addressOf("mx1.requiretls.mail.test"), port)) {
      smtp.readReply();
      List<String> before = smtp.command("EHLO client.example");
      smtp.startTls(new ObservingTlsClient(ProtocolVersion.TLSv13.only()));
      List<String> after = smtp.command("EHLO client.example");

      assertThat(before).noneMatch(line -> line.endsWith("REQUIRETLS"));
      assertThat(after).anyMatch(line -> line.substring(4).equals("REQUIRETLS"));
    }
  }

  @Test
  void ehlo_goodHostInsideTls_doesNotAdvertiseRequireTls() throws IOException {
    try (SmtpTestClient smtp = SmtpTestClient.connect(lab.addressOf("mx1.good.mail.test"), port)) {
      smtp.readReply();
      smtp.command("EHLO client.example");
      smtp.startTls(new ObservingTlsClient(ProtocolVersion.TLSv13.only()));

      assertThat(smtp.command("EHLO client.example")).noneMatch(l -> l.endsWith("REQUIRETLS"));
    }
  }
}
