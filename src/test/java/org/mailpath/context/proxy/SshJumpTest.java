package org.mailpath.context.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailpath.bounds.Deadline;
import org.mailpath.context.SocketRegistry;
import org.mailpath.context.proxy.ProxyException.Kind;

/** {@code ssh -D} as mailpath runs it, against a local OpenSSH server (.ci/socks-peers.sh). */
class SshJumpTest {

  @Test
  void dial_throughLocalSshd_reachesTargetAndCloseStopsSsh() throws IOException {
    SocksPeers peers = SocksPeers.require();
    try (BannerServer target = new BannerServer(InetAddress.getByName("127.0.0.1"));
        SshJump jump = peers.sshJump()) {
      jump.start(SshJump.START_TIMEOUT);
      try (Socket socket =
          jump.dial(
              new InetSocketAddress("127.0.0.1", target.port()),
              Deadline.after(Duration.ofSeconds(10)),
              new SocketRegistry())) {
        socket.setSoTimeout(5000);
        String line =
            new BufferedReader(
                    new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                .readLine();
        assertThat(line).isEqualTo(BannerServer.BANNER);
      }
      assertThat(jump.description())
          .matches(
              "SOCKS5 proxy 127\\.0\\.0\\.1:\\d+ \\(ssh -D through root@127\\.0\\.0\\.1:2222\\)");
      int port = Integer.parseInt(jump.description().replaceAll(".*:(\\d+) \\(.*", "$1"));
      jump.close();
      assertThatThrownBy(() -> new Socket("127.0.0.1", port).close())
          .isInstanceOf(IOException.class);
    }
  }

  @Test
  void start_userNotAllowed_failsNamingWhatSshSaid() {
    SocksPeers peers = SocksPeers.require();
    try (SshJump jump = peers.sshJumpAs("nobody")) {
      assertThatThrownBy(() -> jump.start(SshJump.START_TIMEOUT))
          .isInstanceOfSatisfying(
              ProxyException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNREACHABLE))
          .hasMessageContaining("ended before the tunnel was ready")
          .hasMessageContaining("ssh said:")
          .hasMessageContaining("Permission denied");
    }
  }

  @Test
  void start_nothingListensAtSshPort_failsNamingWhatSshSaid() throws IOException {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/ssh")), "OpenSSH's ssh is not installed");
    int closed;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      closed = probe.getLocalPort();
    }
    try (SshJump jump =
        new SshJump(
            SshJumpHost.parse("nobody@127.0.0.1:" + closed), List.of("ssh", "-F", "/dev/null"))) {
      assertThatThrownBy(() -> jump.start(SshJump.START_TIMEOUT))
          .isInstanceOf(ProxyException.class)
          .hasMessageContaining("Connection refused");
    }
  }
}
