package org.mailpath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import picocli.CommandLine;

/**
 * A host that cannot be judged from here (a 421 greeting, a server that never greets) is
 * inconclusive: its own exit status (4, DESIGN.md), its own word in the summary, and nothing blamed
 * on the server as an error. A host that refuses the connection is still an error (exit 1).
 */
@Timeout(90)
class InconclusiveTraceTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final List<Socket> held = new ArrayList<>();

  @AfterEach
  void release() throws IOException {
    for (Socket s : held) {
      s.close();
    }
  }

  private int trace(String... args) {
    CommandLine cli = new CommandLine(new TraceCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void trace_busyGreeting_exitsInconclusiveAndSaysSo() {
    int status = trace("postmaster@busy.mail.test", "--quick", "--no-store");

    assertThat(status).as(err.toString()).isEqualTo(ExitStatus.INCONCLUSIVE);
    assertThat(out.toString())
        .contains("421")
        .contains("smtp-temporary-failure")
        .contains("inconclusive: senders would retry");
  }

  @Test
  void trace_busyGreeting_jsonMarksFindingAndStepInconclusive() throws Exception {
    int status = trace("postmaster@busy.mail.test", "--quick", "--no-store", "--json");

    JsonNode report = new ObjectMapper().readTree(out.toString());
    assertThat(status).isEqualTo(ExitStatus.INCONCLUSIVE);
    assertThat(report.get("findings").findValuesAsText("severity"))
        .contains("INCONCLUSIVE")
        .doesNotContain("ERROR");
    assertThat(report.at("/connections/0/steps").findValuesAsText("status"))
        .contains("INCONCLUSIVE")
        .doesNotContain("FAILED");
    assertThat(report.get("outcomes").findValuesAsText("delivery")).containsOnly("defer");
  }

  @Test
  void trace_serverNeverGreets_connectionTimeoutIsInconclusiveAndNamesTheFiveMinutes()
      throws Exception {
    try (ServerSocket silent = new ServerSocket(0)) {
      Thread acceptor = new Thread(() -> holdConnections(silent));
      acceptor.setDaemon(true);
      acceptor.start();

      int status =
          trace("[127.0.0.1]:" + silent.getLocalPort(), "--quick", "--no-store", "--timeout=3");

      assertThat(status).as(out.toString()).isEqualTo(ExitStatus.INCONCLUSIVE);
      assertThat(out.toString())
          .contains("connection-timeout")
          .contains("RFC 5321 §4.5.3.2")
          .contains("slow rather than refusing");
    }
  }

  @Test
  void trace_connectionRefused_isStillAnError() throws Exception {
    int port;
    try (ServerSocket closed = new ServerSocket(0)) {
      port = closed.getLocalPort();
    }

    int status = trace("[127.0.0.1]:" + port, "--quick", "--no-store", "--timeout=10");

    assertThat(status).isEqualTo(ExitStatus.ERROR_FINDING);
    assertThat(out.toString()).contains("connection-refused").doesNotContain("inconclusive:");
  }

  private void holdConnections(ServerSocket silent) {
    try {
      while (true) {
        Socket s = silent.accept();
        synchronized (held) {
          held.add(s);
        }
      }
    } catch (IOException closed) {
      // the test is over
    }
  }
}
