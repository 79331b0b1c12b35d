package org.mailpath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * Against a real SMTP server on loopback that offers no STARTTLS (like nostarttls.mail.test), until
 * the lab is merged.
 */
class ExposureCommandTest {

  private ServerSocket server;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void startServer() throws IOException {
    server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
    Thread t = new Thread(this::acceptLoop, "plain-smtp");
    t.setDaemon(true);
    t.start();
  }

  @AfterEach
  void stopServer() throws IOException {
    server.close();
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try (Socket s = server.accept()) {
        s.setSoTimeout(5000);
        InputStream in = s.getInputStream();
        OutputStream o = s.getOutputStream();
        send(o, "220 plain.invalid ESMTP\r\n");
        String line;
        while (!(line = readLine(in)).isEmpty()) {
          String verb = line.toUpperCase();
          if (verb.startsWith("EHLO")) {
            send(o, "250-plain.invalid\r\n250 PIPELINING\r\n");
          } else if (verb.startsWith("QUIT")) {
            send(o, "221 bye\r\n");
            break;
          } else {
            send(o, "502 no\r\n");
          }
        }
      } catch (IOException e) {
        // closed at the end of the test, or the client went away
      }
    }
  }

  private int run(String... args) {
    CommandLine cli = new CommandLine(new ExposureCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @ParameterizedTest(name = "--protection {0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
"""
smime    | With S/MIME and no header protection, the Subject 'Budget' is readable by the recipient and 6 of 6 others.
smime-hp | With S/MIME and header protection (hcp_baseline), the Subject 'Budget' is readable by the recipient only.
none     | With no end-to-end protection, the Subject 'Budget' is readable by the recipient and 6 of 6 others.
""")
  void exposure_serverWithoutStarttls_printsTableAndSummary(String protection, String summary) {
    int status =
        run(
            "[127.0.0.1]:" + server.getLocalPort(),
            "--protection",
            protection,
            "--subject",
            "Budget");

    assertThat(status).as(err.toString()).isEqualTo(ExitStatus.OK);
    assertThat(out.toString())
        .contains("does not offer STARTTLS")
        .contains("Passive    Active")
        .contains("Subject")
        .contains(summary)
        .doesNotContain("\u001b[");
  }

  @Test
  void exposure_reasonsFlag_printsEveryCellWithItsRfc() {
    int status = run("[127.0.0.1]:" + server.getLocalPort(), "--protection", "pgp", "--reasons");

    assertThat(status).isEqualTo(ExitStatus.OK);
    assertThat(out.toString())
        .contains("Passive listener:")
        .contains("[RFC 3207 §4]")
        .contains("[RFC 3156 §4]");
  }

  @Test
  void exposure_json_printsTheMatrixRecord() {
    int status =
        run(
            "[127.0.0.1]:" + server.getLocalPort(),
            "--protection",
            "smime-hp",
            "--hcp",
            "no-confidentiality",
            "--json");

    assertThat(status).isEqualTo(ExitStatus.OK);
    assertThat(out.toString())
        .startsWith("{")
        .contains("\"protection\" : \"SMIME_HP\"")
        .contains("\"headerPolicy\" : \"HCP_NO_CONFIDENTIALITY\"")
        .contains("\"channel\" : \"CLEAR\"")
        .contains("hcp_no_confidentiality");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"--protection=rot13", "--assume-tls-policy=maybe", "--timeout=0", "--hcp=shy"})
  void exposure_badOption_exitsTwoWithOneLineMessage(String option) {
    int status = run("[127.0.0.1]:" + server.getLocalPort(), option);

    assertThat(status).isEqualTo(ExitStatus.BAD_INPUT);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString().strip()).startsWith("mailpath: ").doesNotContain("\n");
  }

  private static void send(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  private static String readLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    int b;
    while ((b = in.read()) >= 0 && b != '\n' && line.length() < 1000) {
      line.append((char) b);
    }
    return line.toString().strip();
  }
}
