package org.mailpath.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * BIND's delv as an independent DNSSEC validator of the lab zone, anchored at the lab's DS. Skipped
 * where delv (bind9-dnsutils) is not installed.
 */
class DelvOracleTest {

  /** delv answers a loopback question in well under a second; this is a generous ceiling. */
  private static final long DELV_TIMEOUT_SECONDS = 20;

  private static Lab lab;
  private static LabRoute route;
  private static Path anchors;

  @BeforeAll
  static void startLab() throws IOException {
    assumeTrue(executable("delv") != null, "delv is not installed");
    lab = Lab.start(Duration.ZERO);
    route = lab.prepare("good.mail.test");
    anchors = Files.createTempFile("lab-anchors", ".conf");
    Files.writeString(
        anchors, bindTrustAnchor(route.dnssecTrustAnchors()), StandardCharsets.US_ASCII);
  }

  @AfterAll
  static void stopLab() throws IOException {
    if (lab != null) {
      lab.close();
      Files.deleteIfExists(anchors);
    }
  }

  /** "test. 3600 IN DS tag alg digest-type hex" as BIND's trust-anchors clause. */
  private static String bindTrustAnchor(String ds) {
    String[] fields = ds.trim().split("\\s+");
    int n = fields.length;
    return String.format(
        "trust-anchors { %s static-ds %s %s %s \"%s\"; };%n",
        fields[0], fields[n - 4], fields[n - 3], fields[n - 2], fields[n - 1]);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          MX   | good.mail.test                     | ; fully validated
          A    | mail.cname.mail.test               | ; fully validated
          TLSA | _25._tcp.mx1.dane.mail.test        | ; fully validated
          MX   | nobody.mail.test                   | ; negative response, fully validated
          MX   | mail.test                          | ; negative response, fully validated
          AAAA | mx1.good.mail.test                 | ; negative response, fully validated
          TLSA | _25._tcp.mx1.dane-bogus.mail.test  | RRSIG failed to verify
          """)
  void delv_labName_validatesAsExpected(String type, String name, String expected)
      throws Exception {
    List<String> command =
        List.of(
            executable("delv"),
            "@" + route.dnsServer().getAddress().getHostAddress(),
            "-p",
            String.valueOf(route.dnsServer().getPort()),
            "-a",
            anchors.toString(),
            "+root=test",
            type,
            name);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(DELV_TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();

    assertThat(new String(output, StandardCharsets.UTF_8)).contains(expected);
  }

  private static String executable(String name) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, name);
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    return null;
  }
}
