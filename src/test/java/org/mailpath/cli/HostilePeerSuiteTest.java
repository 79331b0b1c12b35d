package org.mailpath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mailpath.finding.Severity;
import org.mailpath.text.HiddenCharacters;
import org.mailpath.trace.HostileServer;
import picocli.CommandLine;

/**
 * Some forty hostile SMTP and TLS peers on loopback, each traced by the trace command (version
 * sweep included) with a three-second deadline: every one ends in the finding it deserves, within
 * the deadline, with no Java exception and no control character in what the command prints. A peer
 * that only delays, resets or answers 4xx is inconclusive (exit 4); one that breaks the protocol is
 * an error (exit 1). Engine-level details (durations, what the server had to send, cancel) are in
 * HostileServerTraceTest and HostileTlsTraceTest.
 */
class HostilePeerSuiteTest {

  private static final int TIMEOUT_SECONDS = 3;

  /** The deadline plus slack for a loaded machine; a hang takes far longer. */
  private static final Duration BOUND = Duration.ofSeconds(TIMEOUT_SECONDS + 7);

  private static final Pattern FINDING_LINE =
      Pattern.compile("^ {2}(Error|Inconclusive|Warning|Info|Pass) +(\\S+) ", Pattern.MULTILINE);

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.mailpath.cli.HostilePeerCases#peers")
  @Timeout(30)
  void trace_hostilePeer_endsInItsFindingWithinTheDeadline(HostilePeerCases.Case peer)
      throws Exception {
    try (HostileServer server = new HostileServer(peer.peer())) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      CommandLine cli = new CommandLine(new TraceCommand());
      cli.setOut(new PrintWriter(out, true));
      cli.setErr(new PrintWriter(err, true));
      long started = System.nanoTime();

      int status =
          cli.execute("[127.0.0.1]:" + server.port(), "--no-store", "--timeout=" + TIMEOUT_SECONDS);

      Duration took = Duration.ofNanos(System.nanoTime() - started);
      String printed = out + "\n" + err;
      assertThat(findings(out.toString()))
          .as(printed)
          .contains(peer.severity().label() + " " + peer.code());
      assertThat(status)
          .as(printed)
          .isEqualTo(
              peer.severity() == Severity.INCONCLUSIVE
                  ? ExitStatus.INCONCLUSIVE
                  : ExitStatus.ERROR_FINDING);
      assertThat(took).isLessThan(BOUND);
      assertThat(printed).doesNotContainPattern("[A-Za-z]+Exception|java\\.|\\tat ");
      HiddenCharacters.assertNone(printed);
    }
  }

  @Test
  void trace_dnsServerUnreachable_printsNoJavaNamesAndNoControls() throws Exception {
    int closedUdpPort;
    try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      closedUdpPort = socket.getLocalPort();
    }
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new TraceCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(out, true));

    cli.execute(
        "alice@example.org",
        "--dns",
        "127.0.0.1:" + closedUdpPort,
        "--no-store",
        "--quick",
        "--timeout=" + TIMEOUT_SECONDS);

    assertThat(out.toString()).isNotBlank().doesNotContainPattern("[A-Za-z]+Exception|java\\.");
    HiddenCharacters.assertNone(out.toString());
  }

  /** "Error smtp-protocol-error" for each finding the summary lists. */
  private static List<String> findings(String printed) {
    Matcher m = FINDING_LINE.matcher(printed);
    List<String> found = new java.util.ArrayList<>();
    while (m.find()) {
      found.add(m.group(1) + " " + m.group(2));
    }
    return found;
  }
}
