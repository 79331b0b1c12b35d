package org.mailpath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
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
import org.mailpath.text.HiddenCharacters;
import picocli.CommandLine;

/**
 * A real SMTP server on loopback whose greeting and EHLO reply carry ESC sequences, a one-byte CSI,
 * a right-to-left override and invisible characters: none of them may reach the terminal.
 */
class HostileTextCliTest {

  private ServerSocket server;
  private Thread acceptor;

  @BeforeEach
  void start() throws IOException {
    server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
    acceptor = new Thread(this::serve, "hostile-text-smtp");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
  }

  private void serve() {
    while (!server.isClosed()) {
      try (Socket s = server.accept()) {
        OutputStream out = s.getOutputStream();
        InputStream in = s.getInputStream();
        send(out, "220 mx.hostile.invalid " + HiddenCharacters.HOSTILE + " ESMTP\r\n");
        readLine(in);
        send(out, "250-mx.hostile.invalid \u001b[2J\u009b0m\u202ehi\r\n250 SIZE 1000\r\n");
        readLine(in);
        send(out, "221 2.0.0 bye \u001b]8;;http://x.invalid\u0007link\r\n");
      } catch (IOException e) {
        // The server was closed at the end of the test, or the client went away.
      }
    }
  }

  private static void send(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private static void readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) >= 0 && b != '\n' && line.size() < 1000) {
      line.write(b);
    }
  }

  private String[] run(String... extra) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new TraceCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    String[] args = new String[extra.length + 4];
    args[0] = "[127.0.0.1]:" + server.getLocalPort();
    args[1] = "--no-store";
    args[2] = "--quick";
    args[3] = "--timeout=10";
    System.arraycopy(extra, 0, args, 4, extra.length);
    cli.execute(args);
    return new String[] {out.toString(), err.toString()};
  }

  @Test
  void trace_hostileGreeting_reachesTheTerminalOnlyAsVisibleEscapes() {
    String[] printed = run();

    HiddenCharacters.assertNone(printed[0]);
    HiddenCharacters.assertNone(printed[1]);
    assertThat(printed[0]).contains("\\x1b[31mred").contains("\\u009b2J").contains("\\u202eevil");
    assertThat(printed[0] + printed[1]).doesNotContainPattern("[A-Za-z]+Exception|java\\.");
  }

  @Test
  void trace_hostileGreetingAsJson_isEscapedInTheJson() {
    String[] printed = run("--json");

    HiddenCharacters.assertNone(printed[0]);
    assertThat(printed[0]).contains("\\\\x1b[31mred").contains("\\\\u009b2J");
  }

  @Test
  void guard_rawControlsPrintedByACommand_becomeVisible() {
    StringWriter raw = new StringWriter();
    PrintWriter guarded = VisibleWriter.guard(new PrintWriter(raw));

    guarded.print("a\u001b[2J\u009b\u202e\ud800 " + new String(Character.toChars(0xE0041)));
    guarded.print("tab\tcr\rx\r\n");
    guarded.flush();

    assertThat(raw.toString())
        .isEqualTo("a\\x1b[2J\\u009b\\u202e\\ud800 \\U000e0041tab\tcr\\x0dx\r\n");
  }
}
