package org.mailpath.policy.senders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The defaults the retry timelines rest on, read from the real MTAs: Postfix with {@code postconf
 * -d} (skipped where Postfix is not installed; .ci/run installs it), Exim with {@code exim -brt}
 * and {@code exim -bP} where an Exim binary is named by the system property {@code mailpath.exim}
 * or the environment variable {@code MAILPATH_EXIM} (e.g. {@code dpkg -x} of Debian's
 * exim4-daemon-light, exim4-base and exim4-config into a private root; skipped otherwise). Exim is
 * started with {@code -C} on Debian's exim4.conf.template found beside the binary (ROOT/usr/sbin →
 * ROOT/etc/exim4), or on {@code mailpath.exim.config} / {@code MAILPATH_EXIM_CONFIG}.
 */
class RealMtaRetryDefaultsTest {

  private static final Path POSTCONF = Path.of("/usr/sbin/postconf");

  @Test
  void postconfDefaults_areTheOnesThePostfixTimelineIsBuiltFrom() throws Exception {
    assumeTrue(Files.isExecutable(POSTCONF), "Postfix is not installed (.ci/run installs it)");
    Map<String, String> model = RetrySchedules.POSTFIX_DEFAULTS;
    List<String> command = new ArrayList<>(List.of(POSTCONF.toString(), "-d"));
    command.addAll(model.keySet());

    String out = run(command);

    for (Map.Entry<String, String> e : model.entrySet()) {
      assertThat(out).as("postconf -d " + e.getKey()).contains(e.getKey() + " = " + e.getValue());
    }
  }

  @Test
  void eximRetryRuleAndDelayWarning_areTheOnesTheEximTimelineIsBuiltFrom() throws Exception {
    String exim = setting("mailpath.exim", "MAILPATH_EXIM");
    assumeTrue(
        exim != null && Files.isExecutable(Path.of(exim)),
        "no Exim binary named by -Dmailpath.exim or MAILPATH_EXIM");
    List<String> base = new ArrayList<>(List.of(exim));
    Path config = config(Path.of(exim));
    if (config != null) {
      base.addAll(List.of("-C", config.toString()));
    }

    String rule = run(with(base, "-brt", "mail.example"));
    String warning = run(with(base, "-bP", "delay_warning"));
    String max = run(with(base, "-bP", "retry_interval_max"));

    // "Retry rule: *  *  F,2h,15m; G,16h,1h,1.5; F,4d,6h; " (Exim 4.96)
    assertThat(rule.replaceAll("\\s+", " ").strip())
        .isEqualTo("Retry rule: * * " + RetrySchedules.EXIM_RETRY_RULE + ";");
    assertThat(seconds(warning, "delay_warning"))
        .isEqualTo(MtaTime.seconds(RetrySchedules.EXIM_DELAY_WARNING, 's'));
    assertThat(seconds(max, "retry_interval_max"))
        .isEqualTo(MtaTime.seconds(RetrySchedules.EXIM_RETRY_INTERVAL_MAX, 's'));
  }

  private static long seconds(String line, String option) {
    assertThat(line).startsWith(option + " = ");
    return MtaTime.seconds(line.substring(option.length() + 3).strip(), 's');
  }

  private static Path config(Path exim) {
    String named = setting("mailpath.exim.config", "MAILPATH_EXIM_CONFIG");
    if (named != null) {
      return Path.of(named);
    }
    Path root = exim.toAbsolutePath().getParent().getParent().getParent();
    Path template = root.resolve("etc/exim4/exim4.conf.template");
    return root.getParent() != null && Files.isRegularFile(template) ? template : null;
  }

  private static String setting(String property, String variable) {
    String value = System.getProperty(property);
    return value != null && !value.isBlank() ? value : System.getenv(variable);
  }

  private static List<String> with(List<String> base, String... more) {
    List<String> all = new ArrayList<>(base);
    all.addAll(List.of(more));
    return all;
  }

  private static String run(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(20, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
    assertThat(p.exitValue()).as(String.join(" ", command) + ": " + out).isZero();
    return out;
  }
}
