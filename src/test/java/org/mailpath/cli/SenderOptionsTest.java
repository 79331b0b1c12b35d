package org.mailpath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** --senders picks the sender rows; --postfix-sender plays the user's own Postfix settings. */
@Timeout(90)
class SenderOptionsTest {

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int trace(String... args) {
    CommandLine cli = new CommandLine(new TraceCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void trace_ownPostfixRequiringTls12_defersAtTls10OnlyServerBesidePostfixMay() throws Exception {
    Path excerpt = dir.resolve("main.cf");
    Files.writeString(
        excerpt,
        "smtp_tls_security_level = may\n"
            + "smtp_tls_mandatory_protocols = >=TLSv1.2\n"
            + "smtp_tls_policy_maps = inline:{ tls10.mail.test=encrypt }\n");

    trace(
        "postmaster@tls10.mail.test",
        "--quick",
        "--no-store",
        "--json",
        "--senders",
        "postfix-may,exim-default",
        "--postfix-sender",
        excerpt.toString());

    JsonNode outcomes = new ObjectMapper().readTree(out.toString()).get("outcomes");
    assertThat(outcomes.findValuesAsText("sender"))
        .containsExactly("postfix-may", "exim-default", "custom-postfix");
    JsonNode mine = outcomes.get(2);
    assertThat(mine.get("delivery").asText()).isEqualTo("defer");
    assertThat(mine.get("reason").asText()).contains("TLSv1.2");
  }

  @Test
  void trace_unknownSenderId_isBadInputNamingTheKnownOnes() {
    int status = trace("postmaster@good.mail.test", "--no-store", "--senders", "sendmail");

    assertThat(status).isEqualTo(ExitStatus.BAD_INPUT);
    assertThat(err.toString()).contains("no sender profile sendmail").contains("postfix-may");
  }

  @Test
  void trace_unreadableMainCf_isBadInputWithTheReason() throws Exception {
    Path excerpt = dir.resolve("main.cf");
    Files.writeString(excerpt, "smtp_tls_security_level = dane-only\n");

    int status =
        trace("postmaster@good.mail.test", "--no-store", "--postfix-sender", excerpt.toString());

    assertThat(status).isEqualTo(ExitStatus.BAD_INPUT);
    assertThat(err.toString()).contains("dane-only is not modelled");
  }
}
