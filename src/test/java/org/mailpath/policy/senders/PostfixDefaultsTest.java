package org.mailpath.policy.senders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mailpath.tls.TlsVersion;

/**
 * The Postfix defaults the postfix-* profiles rest on, read from the installed Postfix with {@code
 * postconf -d} (skipped where Postfix is not installed; .ci/run installs it).
 */
class PostfixDefaultsTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      textBlock =
          """
          smtp_tls_protocols           | >=TLSv1
          smtp_tls_mandatory_protocols | >=TLSv1
          smtp_tls_verify_cert_match   | hostname
          smtp_tls_secure_cert_match   | nexthop, dot-nexthop
          """,
      delimiter = '|')
  void postconfDefaults_matchTheProfiles(String parameter, String expected) throws Exception {
    assumeTrue(
        Files.isExecutable(Path.of("/usr/sbin/postconf")),
        "Postfix is not installed (.ci/run installs it)");
    Process p = new ProcessBuilder("/usr/sbin/postconf", "-d", "-h", parameter).start();
    assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
    String value = read(p).strip();

    assertThat(value).isEqualTo(expected);
    assertThat(TlsStacks.OPENSSL_POSTFIX.floor()).isEqualTo(TlsVersion.TLS_1_0);
  }

  private static String read(Process p) throws IOException {
    return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }
}
