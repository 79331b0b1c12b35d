package org.mailpath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mailpath.trace.HostileServer;
import picocli.CommandLine;

/**
 * An address literal (RFC 5321 §4.1.3, {@code user@[192.0.2.1]}) names the host without a port, so
 * a sender dials it on the SMTP port like an MX host (RFC 5321 §5.1): --smtp-port applies to it.
 */
class AddressLiteralPortTest {

  /** Greets, answers EHLO without STARTTLS, says goodbye: a plain SMTP server. */
  private static final HostileServer.Behaviour PLAIN_SMTP =
      (socket, in, out) -> {
        HostileServer.send(out, "220 literal.invalid ESMTP\r\n");
        HostileServer.readLine(in);
        HostileServer.send(out, "250 literal.invalid\r\n");
        HostileServer.readLine(in);
        HostileServer.send(out, "221 bye\r\n");
      };

  @ParameterizedTest(name = "{0}")
  @CsvSource({"alice@[127.0.0.1], 127.0.0.1", "alice@[IPv6:::1], ::1"})
  void trace_addressLiteralWithSmtpPort_dialsThatPort(String recipient, String listen)
      throws Exception {
    try (HostileServer server = new HostileServer(InetAddress.getByName(listen), PLAIN_SMTP)) {
      StringWriter out = new StringWriter();
      CommandLine cli = new CommandLine(new TraceCommand());
      cli.setOut(new PrintWriter(out, true));
      cli.setErr(new PrintWriter(new StringWriter(), true));

      cli.execute(
          recipient,
          "--smtp-port",
          String.valueOf(server.port()),
          "--quick",
          "--no-store",
          "--timeout=10",
          "--json");

      JsonNode connection = new ObjectMapper().readTree(out.toString()).at("/connections/0");
      assertThat(connection.at("/plan/port").asInt()).isEqualTo(server.port());
      assertThat(connection.at("/smtp/connected").asBoolean()).as(out.toString()).isTrue();
      assertThat(connection.get("findings").findValuesAsText("code"))
          .containsExactly("starttls-not-supported");
    }
  }
}
