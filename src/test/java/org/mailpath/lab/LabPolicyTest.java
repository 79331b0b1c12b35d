package org.mailpath.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.crypto.TlsCertificate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TLSARecord;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.Type;

/**
 * What the policy scenarios publish: TLSA records that match (or do not match) what the servers
 * present, and MTA-STS policies fetched over real HTTPS from the lab's policy hosts.
 */
class LabPolicyTest {

  /** Lab answers come at once; anything slower is a failure. */
  private static final int TIMEOUT_MILLIS = 5_000;

  private static Lab lab;
  private static LabRoute route;

  @BeforeAll
  static void startLab() {
    lab = Lab.start(Duration.ZERO);
    route = lab.prepareAll();
  }

  @AfterAll
  static void stopLab() {
    lab.close();
  }

  private static List<Record> answer(String name, int type) throws IOException {
    Message response =
        new SimpleResolver(route.dnsServer())
            .send(Message.newQuery(Record.newRecord(Name.fromString(name), type, DClass.IN)));
    return response.getSection(Section.ANSWER);
  }

  private static byte[] tlsaData(String host) throws IOException {
    List<Record> records = answer("_25._tcp." + host + ".", Type.TLSA);
    assertThat(records).hasSize(1);
    return ((TLSARecord) records.get(0)).getCertificateAssociationData();
  }

  private static TlsCertificate[] presentedChain(String host) throws IOException {
    ObservingTlsClient client = new ObservingTlsClient(ProtocolVersion.TLSv13.only());
    try (SmtpTestClient smtp = SmtpTestClient.connect(lab.addressOf(host), route.smtpPort())) {
      smtp.readReply();
      smtp.command("EHLO client.example");
      smtp.startTls(client);
    }
    return client.serverChain();
  }

  /** RFC 6698 §2.1.2 selector 1 with matching type 1: SHA-256 of the SubjectPublicKeyInfo. */
  private static byte[] spkiSha256(TlsCertificate certificate) throws Exception {
    X509Certificate x509 =
        (X509Certificate)
            java.security.cert.CertificateFactory.getInstance("X.509")
                .generateCertificate(new java.io.ByteArrayInputStream(certificate.getEncoded()));
    return MessageDigest.getInstance("SHA-256").digest(x509.getPublicKey().getEncoded());
  }

  @Test
  void tlsa_daneHost_is311MatchingThePresentedLeafKey() throws Exception {
    List<Record> records = answer("_25._tcp.mx1.dane.mail.test.", Type.TLSA);
    TLSARecord tlsa = (TLSARecord) records.get(0);

    assertThat(List.of(tlsa.getCertificateUsage(), tlsa.getSelector(), tlsa.getMatchingType()))
        .containsExactly(3, 1, 1);
    assertThat(tlsa.getCertificateAssociationData())
        .isEqualTo(spkiSha256(presentedChain("mx1.dane.mail.test")[0]));
  }

  @Test
  void tlsa_daneTaHost_matchesThePresentedIssuingCaNotTheLeaf() throws Exception {
    TlsCertificate[] chain = presentedChain("mx1.dane-ta.mail.test");
    byte[] data = tlsaData("mx1.dane-ta.mail.test");

    assertThat(chain).hasSize(2);
    assertThat(data).isEqualTo(spkiSha256(chain[1])).isNotEqualTo(spkiSha256(chain[0]));
  }

  @Test
  void tlsa_daneMismatchHost_matchesNoPresentedCertificate() throws Exception {
    TlsCertificate[] chain = presentedChain("mx1.dane-mismatch.mail.test");
    byte[] data = tlsaData("mx1.dane-mismatch.mail.test");

    for (TlsCertificate certificate : chain) {
      assertThat(data).isNotEqualTo(spkiSha256(certificate));
    }
  }

  @ParameterizedTest
  @CsvSource({
    "sts.mail.test",
    "sts-mismatch.mail.test",
    "sts-redirect.mail.test",
    "sts-testing.mail.test",
    "sts-badcert.mail.test",
    "sts-wildcard.mail.test"
  })
  void txt_stsScenario_publishesStsAndTlsRptRecords(String domain) throws IOException {
    assertThat(txt("_mta-sts." + domain + ".")).matches("v=STSv1; id=[A-Za-z0-9]{1,32}");
    assertThat(txt("_smtp._tls." + domain + "."))
        .isEqualTo("v=TLSRPTv1; rua=mailto:tlsrpt@" + domain);
  }

  private static String txt(String name) throws IOException {
    List<Record> records = answer(name, Type.TXT);
    assertThat(records).hasSize(1);
    return String.join("", ((TXTRecord) records.get(0)).getStrings());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          sts.mail.test          | 200 | mode: enforce | mx: mx1.sts.mail.test
          sts-mismatch.mail.test | 200 | mode: enforce | mx: mail.sts-mismatch.mail.test
          sts-testing.mail.test  | 200 | mode: testing | mx: mx1.sts-testing.mail.test
          sts-wildcard.mail.test | 200 | mode: enforce | mx: *.mail.sts-wildcard.mail.test
          """)
  void fetchPolicy_servedScenario_returnsPolicyOverVerifiedHttps(
      String domain, int status, String mode, String mx) throws Exception {
    String response = fetch("mta-sts." + domain, "/.well-known/mta-sts.txt");

    assertThat(response).startsWith("HTTP/1.1 " + status + " ");
    assertThat(response).contains("Content-Type: text/plain");
    assertThat(body(response))
        .startsWith("version: STSv1\r\n")
        .contains(mode + "\r\n", mx + "\r\n", "max_age: ");
  }

  @Test
  void fetchPolicy_redirectScenario_answers302ToAPathThatServesAPolicy() throws Exception {
    String response = fetch("mta-sts.sts-redirect.mail.test", "/.well-known/mta-sts.txt");
    String location =
        response.lines().filter(l -> l.startsWith("Location: ")).findFirst().orElseThrow();
    String path = location.substring(location.indexOf("/.well-known/"));

    assertThat(response).startsWith("HTTP/1.1 302 ");
    assertThat(body(fetch("mta-sts.sts-redirect.mail.test", path))).contains("mode: enforce");
  }

  @Test
  void fetchPolicy_badcertScenario_failsHostnameVerification() {
    assertThatThrownBy(() -> fetch("mta-sts.sts-badcert.mail.test", "/.well-known/mta-sts.txt"))
        .isInstanceOf(SSLHandshakeException.class)
        .hasMessageContaining("mta-sts.sts-badcert.mail.test");
  }

  @Test
  void fetchPolicy_unknownPath_answers404() throws Exception {
    assertThat(fetch("mta-sts.sts.mail.test", "/elsewhere")).startsWith("HTTP/1.1 404 ");
  }

  @Test
  void route_labWithPolicyHosts_namesItsHttpsPort() {
    assertThat(route.httpsPort()).isPositive().isNotEqualTo(route.smtpPort());
  }

  /**
   * GET over TLS to the policy host's lab address, with SNI and HTTPS hostname verification for
   * {@code host} (the JDK HTTP client cannot be pointed at the lab's DNS, so this is by hand).
   */
  private static String fetch(String host, String path) throws Exception {
    Socket plain = new Socket();
    plain.connect(new InetSocketAddress(lab.addressOf(host), route.httpsPort()), TIMEOUT_MILLIS);
    plain.setSoTimeout(TIMEOUT_MILLIS);
    try (SSLSocket tls =
        (SSLSocket)
            trustingLabCa().getSocketFactory().createSocket(plain, host, route.httpsPort(), true)) {
      SSLParameters parameters = tls.getSSLParameters();
      parameters.setServerNames(List.of(new SNIHostName(host)));
      parameters.setEndpointIdentificationAlgorithm("HTTPS");
      tls.setSSLParameters(parameters);
      String request =
          "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n";
      tls.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      tls.getOutputStream().flush();
      return new String(tls.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String body(String response) {
    return response.substring(response.indexOf("\r\n\r\n") + 4);
  }

  private static SSLContext trustingLabCa() throws GeneralSecurityException, IOException {
    KeyStore anchors = KeyStore.getInstance(KeyStore.getDefaultType());
    anchors.load(null, null);
    anchors.setCertificateEntry("lab", Lab.caCertificate());
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(anchors);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, factory.getTrustManagers(), null);
    return context;
  }
}
