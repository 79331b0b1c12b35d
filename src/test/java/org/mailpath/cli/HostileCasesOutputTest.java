package org.mailpath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mailpath.text.HiddenCharacters;
import picocli.CommandLine;

/**
 * Real loopback peers that fail the way the network does (close at once, close mid-line, answer
 * STARTTLS with escape sequences instead of TLS, a DNS port nobody listens on): what the command
 * prints names no Java exception or class, and shows no control character.
 */
class HostileCasesOutputTest {

  private ServerSocket server;

  @AfterEach
  void stop() throws IOException {
    if (server != null) {
      server.close();
    }
  }

  private int serve(String behaviour) throws IOException {
    server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
    Thread acceptor =
        new Thread(
            () -> {
              while (!server.isClosed()) {
                try (Socket s = server.accept()) {
                  behave(behaviour, s.getInputStream(), s.getOutputStream());
                } catch (IOException e) {
                  // The test ended, or the client went away.
                }
              }
            },
            "hostile-" + behaviour);
    acceptor.setDaemon(true);
    acceptor.start();
    return server.getLocalPort();
  }

  private static void behave(String behaviour, InputStream in, OutputStream out)
      throws IOException {
    switch (behaviour) {
      case "close-at-once" -> {}
      case "close-mid-line" -> send(out, "220 half a gree\u001b[2J");
      case "escape-instead-of-tls" -> {
        send(out, "220 mx.hostile.invalid ESMTP\r\n");
        in.read(new byte[1000]);
        send(out, "250-mx.hostile.invalid\r\n250 STARTTLS\r\n");
        in.read(new byte[1000]);
        send(out, "220 go ahead\r\n");
        send(out, "\u001b[2J\u009b0m not TLS at all\r\n".repeat(3));
      }
      default -> throw new IllegalArgumentException(behaviour);
    }
  }

  private static void send(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** A UDP port on loopback that nothing listens on (bound, then released). */
  private static int closedUdpPort() throws IOException {
    try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"close-at-once", "close-mid-line", "escape-instead-of-tls", "dns-unreachable"})
  void trace_hostilePeer_printsNoJavaNamesAndNoControls(String behaviour) throws IOException {
    String[] args =
        behaviour.equals("dns-unreachable")
            ? new String[] {"alice@example.org", "--dns", "127.0.0.1:" + closedUdpPort()}
            : new String[] {"[127.0.0.1]:" + serve(behaviour)};
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new TraceCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    String[] all = new String[args.length + 3];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--no-store";
    all[args.length + 1] = "--timeout=10";
    all[args.length + 2] = "--quick";

    cli.execute(all);

    String printed = out + "\n" + err;
    assertThat(printed).isNotBlank().doesNotContainPattern("[A-Za-z]+Exception|java\\.");
    HiddenCharacters.assertNone(printed);
  }
}
