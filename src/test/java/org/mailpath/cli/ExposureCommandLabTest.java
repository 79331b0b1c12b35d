package org.mailpath.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * Against the embedded lab: the matrix of each lab domain differs from good.mail.test's only in the
 * two last-hop columns. Skipped (not failed) while the trace cannot reach the lab's MX hosts.
 */
class ExposureCommandLabTest {

  @ParameterizedTest(name = "{0} with --protection {1}: passive {2}, active {3}")
  @CsvSource(
      textBlock =
          """
          # domain,             protection, Subject at the passive listener, active attacker
          good.mail.test,       none,       DOWNGRADE, DOWNGRADE
          nostarttls.mail.test, none,       READ,      READ
          tls10.mail.test,      none,       READ,      READ
          multi.mail.test,      none,       DOWNGRADE, READ
          nostarttls.mail.test, smime-hp,   protected, protected
          """)
  void exposure_labDomain_lastHopColumnsFollowTheTransport(
      String domain, String protection, String passive, String active) {
    List<String> subject = row(run(domain, protection), "Subject");

    assertThat(subject.subList(0, 2)).containsExactly(passive, active);
  }

  @ParameterizedTest(name = "{0} vs good.mail.test: parties' columns are the same")
  @CsvSource({"nostarttls.mail.test", "tls10.mail.test", "multi.mail.test"})
  void exposure_labDomain_partiesColumnsDoNotDependOnTheTransport(String domain) {
    String good = run("good.mail.test", "smime");
    String other = run(domain, "smime");

    for (String part : List.of("Envelope sender", "Subject", "Body text", "Received")) {
      assertThat(row(other, part).subList(2, 7)).isEqualTo(row(good, part).subList(2, 7));
    }
  }

  private static String run(String domain, String protection) {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new ExposureCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(new StringWriter()));
    int status = cli.execute("alice@" + domain, "--protection", protection, "--timeout", "30");
    assertThat(status).isEqualTo(ExitStatus.OK);
    assumeFalse(out.toString().contains("reached no MX host"), "the trace did not reach the lab");
    return out.toString();
  }

  /** The seven marks of the table row whose part label starts with {@code label}. */
  private static List<String> row(String table, String label) {
    String line = table.lines().filter(l -> l.startsWith(label)).findFirst().orElseThrow();
    String[] marks = line.substring(30).trim().split("\\s+");
    return Arrays.asList(marks);
  }
}
