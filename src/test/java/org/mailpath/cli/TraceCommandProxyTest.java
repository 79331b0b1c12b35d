package org.mailpath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mailpath.context.proxy.SocksPeers;
import picocli.CommandLine;

/** {@code trace --proxy/--ssh-jump/--proxy-dns}: what the command line says and returns. */
class TraceCommandProxyTest {

  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new TraceCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int status = cli.execute(args);
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void trace_throughDante_summarySaysTheRoute() {
    String proxy = "socks5://" + SocksPeers.require().dante().endpoint();

    Run direct = run("alice@good.mail.test", "--quick", "--no-store");
    Run proxied = run("alice@good.mail.test", "--quick", "--no-store", "--proxy", proxy);

    assertThat(proxied.status()).isEqualTo(direct.status());
    assertThat(proxied.out())
        .contains("Route: through SOCKS5 proxy " + SocksPeers.require().dante().endpoint())
        .contains("the first server greeted: ");
    assertThat(direct.out()).doesNotContain("Route:");
  }

  @Test
  void trace_throughDanteJson_hasRouteField() {
    String proxy = "socks5://" + SocksPeers.require().dante().endpoint();

    Run proxied = run("alice@good.mail.test", "--quick", "--no-store", "--json", "--proxy", proxy);

    assertThat(proxied.out())
        .contains("\"route\" : \"SOCKS5 proxy " + SocksPeers.require().dante().endpoint() + "\"");
  }

  @Test
  void trace_sshJumpFails_exitsThreeQuotingSsh() throws IOException {
    int closed;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      closed = probe.getLocalPort();
    }

    Run failed =
        run("alice@good.mail.test", "--no-store", "--ssh-jump", "nobody@127.0.0.1:" + closed);

    assertThat(failed.status()).isEqualTo(ExitStatus.COULD_NOT_RUN);
    assertThat(failed.err())
        .contains("the trace could not run: ssh to nobody@127.0.0.1:" + closed)
        .doesNotContain("Exception");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          --proxy-dns                                                  | needs --proxy
          --proxy=http://127.0.0.1:8080                                | only SOCKS5
          --ssh-jump=-oProxyCommand=x                                  | [user@]HOST[:PORT]
          --proxy=socks5://127.0.0.1:1080 --ssh-jump=host              | not both
          """)
  void trace_badProxyOptions_exitTwoWithASentence(String options, String message) {
    String[] args = ("alice@good.mail.test --no-store " + options.trim()).split(" ");

    Run bad = run(args);

    assertThat(bad.status()).isEqualTo(ExitStatus.BAD_INPUT);
    assertThat(bad.err()).contains(message);
  }
}
