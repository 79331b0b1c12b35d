package org.mailpath.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * OpenSSL's s_client as an independent oracle: what it negotiates with a lab server must match the
 * scenario. Skipped where openssl is not installed.
 */
class OpensslOracleTest {

  /** s_client finishes a loopback handshake in about 0.1 s; this is a generous ceiling. */
  private static final long OPENSSL_TIMEOUT_SECONDS = 20;

  private static Lab lab;
  private static int port;

  @BeforeAll
  static void startLab() {
    assumeTrue(opensslPath() != null, "openssl is not installed");
    lab = Lab.start(Duration.ZERO);
    port = lab.prepare("good.mail.test").smtpPort();
    lab.prepare("tls10.mail.test");
    lab.prepare("noems.mail.test");
    for (String domain :
        List.of(
            "tls12only.mail.test",
            "eku.mail.test",
            "selfsigned.mail.test",
            "mismatch.mail.test",
            "chain.mail.test",
            "weakkey.mail.test")) {
      lab.prepare(domain);
    }
  }

  @AfterAll
  static void stopLab() {
    if (lab != null) {
      lab.close();
    }
  }

  @Test
  void sClient_tls10HostWithTls1AndSeclevel0_negotiatesTlsV1() throws Exception {
    String output = sClient("mx1.tls10.mail.test", "-tls1", "-cipher", "DEFAULT:@SECLEVEL=0");

    assertThat(output).containsPattern("Protocol\\s*: TLSv1\\R");
  }

  @Test
  void sClient_tls10HostWithTls12_failsHandshake() throws Exception {
    String output = sClient("mx1.tls10.mail.test", "-tls1_2");

    assertThat(output).contains("Cipher is (NONE)");
  }

  @Test
  void sClient_noemsHost_negotiatesTls12WithoutEms() throws Exception {
    String output = sClient("mx1.noems.mail.test");

    assertThat(output).containsPattern("Protocol\\s*: TLSv1.2");
    assertThat(output).contains("Extended master secret: no");
  }

  @Test
  void sClient_goodHostWithTls12_negotiatesEms() throws Exception {
    String output = sClient("mx1.good.mail.test", "-tls1_2");

    assertThat(output).contains("Extended master secret: yes");
  }

  @Test
  void sClient_goodHostWithLabCa_negotiatesTls13AndVerifiesName() throws Exception {
    Path ca = Files.createTempFile("lab-ca", ".pem");
    try {
      Files.writeString(ca, pem(), StandardCharsets.US_ASCII);
      String output =
          sClient(
              "mx1.good.mail.test",
              "-CAfile",
              ca.toString(),
              "-verify_hostname",
              "mx1.good.mail.test");

      assertThat(output).contains("New, TLSv1.3");
      assertThat(output).contains("Verified peername: mx1.good.mail.test");
      assertThat(output).contains("Verify return code: 0 (ok)");
    } finally {
      Files.delete(ca);
    }
  }

  @Test
  void sClient_tls12onlyHost_negotiatesTls12WithEms() throws Exception {
    String output = sClient("mx1.tls12only.mail.test");

    assertThat(output).containsPattern("Protocol\\s*: TLSv1.2");
    assertThat(output).contains("Extended master secret: yes");
  }

  /** OpenSSL's own verifier names each certificate scenario's flaw (X509_V_ERR_* numbers). */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          mx1.eku.mail.test        | verify error:num=26:unsuitable certificate purpose
          mx1.selfsigned.mail.test | verify error:num=18:self-signed certificate
          mx1.mismatch.mail.test   | verify error:num=62:hostname mismatch
          mx1.chain.mail.test      | verify error:num=20:unable to get local issuer certificate
          mx1.weakkey.mail.test    | verify error:num=66:EE certificate key too weak
          mx1.weakkey.mail.test    | verify error:num=68:CA signature digest algorithm too weak
          mx1.good.mail.test       | Verify return code: 0 (ok)
          """)
  void sClient_certificateScenarioWithLabCa_reportsItsFlaw(String hostName, String expected)
      throws Exception {
    Path ca = Files.createTempFile("lab-ca", ".pem");
    try {
      Files.writeString(ca, pem(), StandardCharsets.US_ASCII);
      String output =
          sClient(
              hostName,
              "-CAfile",
              ca.toString(),
              "-verify_hostname",
              hostName,
              "-purpose",
              "sslserver");

      assertThat(output).contains(expected);
    } finally {
      Files.delete(ca);
    }
  }

  private static String sClient(String hostName, String... options)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(opensslPath());
    command.add("s_client");
    command.add("-starttls");
    command.add("smtp");
    command.add("-connect");
    command.add(lab.addressOf(hostName).getHostAddress() + ":" + port);
    command.addAll(List.of(options));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getOutputStream().close(); // end of input: s_client quits after the handshake
    byte[] output = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(OPENSSL_TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
    return new String(output, StandardCharsets.UTF_8);
  }

  private static String pem() throws Exception {
    return "-----BEGIN CERTIFICATE-----\n"
        + java.util.Base64.getMimeEncoder().encodeToString(Lab.caCertificate().getEncoded())
        + "\n-----END CERTIFICATE-----\n";
  }

  private static String opensslPath() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(dir, "openssl");
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    return null;
  }
}
