package org.mailpath.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mailpath.policy.senders.PostfixMainCf;
import org.mailpath.policy.senders.SenderProfile;

/**
 * mailpath reads an inline smtp_tls_policy_maps table as Postfix itself does: {@code postmap -q}
 * (installed with Postfix) answers the same lookups, so a domain gets the same policy entry.
 */
class PostmapInlineTableTest {

  private static final String TABLE =
      "inline:{ bank.test=encrypt, { .partner.test = verify protocols=>=TLSv1.3 },"
          + " secure.test=secure }";

  @ParameterizedTest
  @ValueSource(strings = {"bank.test", ".partner.test", "secure.test", "other.test"})
  void lookup_sameAnswerAsPostmap(String key) throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/sbin/postmap")), "Postfix's postmap not here");
    String postfix = postmap(key);
    SenderProfile ours =
        PostfixMainCf.parse(
                "check", "smtp_tls_security_level = none\nsmtp_tls_policy_maps = " + TABLE)
            .profileFor(key.startsWith(".") ? "mx" + key : key);

    String level = postfix.isEmpty() ? "none" : postfix.split("\\s+")[0];
    assertThat(ours.label()).endsWith("smtp_tls_security_level = " + level);
  }

  private static String postmap(String key) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder("/usr/sbin/postmap", "-q", key, TABLE).redirectErrorStream(true).start();
    assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
    return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
  }
}
