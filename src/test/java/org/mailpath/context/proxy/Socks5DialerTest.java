package org.mailpath.context.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mailpath.bounds.Deadline;
import org.mailpath.context.SocketRegistry;
import org.mailpath.context.proxy.ProxyException.Kind;

/**
 * The SOCKS5 client against servers nobody here wrote (Dante, microsocks), on loopback. Each test
 * dials a one-line banner server through the proxy and reads the banner back.
 */
class Socks5DialerTest {

  private static BannerServer v4;
  private static BannerServer v6;

  @BeforeAll
  static void startTargets() throws IOException {
    v4 = new BannerServer(InetAddress.getByName("127.0.0.1"));
    v6 = new BannerServer(InetAddress.getByName("::1"));
  }

  @AfterAll
  static void stopTargets() throws IOException {
    v4.close();
    v6.close();
  }

  private static String bannerThrough(Socks5Proxy proxy, InetSocketAddress target)
      throws IOException {
    try (Socket socket =
        new Socks5Dialer(proxy)
            .dial(target, Deadline.after(Duration.ofSeconds(10)), new SocketRegistry())) {
      socket.setSoTimeout(5000);
      return new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
          .readLine();
    }
  }

  @Test
  void dial_danteWithoutAuthIpv4_reachesTarget() throws IOException {
    Socks5Proxy dante = SocksPeers.require().dante();

    assertThat(bannerThrough(dante, new InetSocketAddress("127.0.0.1", v4.port())))
        .isEqualTo(BannerServer.BANNER);
  }

  @Test
  void dial_danteWithoutAuthIpv6_reachesTarget() throws IOException {
    Socks5Proxy dante = SocksPeers.require().dante();

    assertThat(bannerThrough(dante, new InetSocketAddress("::1", v6.port())))
        .isEqualTo(BannerServer.BANNER);
  }

  @Test
  void dial_unresolvedName_proxyResolvesIt() throws IOException {
    Socks5Proxy dante = SocksPeers.require().dante();

    assertThat(bannerThrough(dante, InetSocketAddress.createUnresolved("localhost", v4.port())))
        .isEqualTo(BannerServer.BANNER);
  }

  @Test
  void dial_danteWithPassword_reachesTarget() throws IOException {
    Socks5Proxy dante = SocksPeers.require().danteAuth();

    assertThat(bannerThrough(dante, new InetSocketAddress("127.0.0.1", v4.port())))
        .isEqualTo(BannerServer.BANNER);
  }

  @Test
  void dial_microsocksWithPassword_reachesTarget() throws IOException {
    Socks5Proxy micro = SocksPeers.require().microsocksAuth();

    assertThat(bannerThrough(micro, new InetSocketAddress("127.0.0.1", v4.port())))
        .isEqualTo(BannerServer.BANNER);
  }

  @Test
  void dial_microsocksIpv6_reachesTarget() throws IOException {
    Socks5Proxy micro = SocksPeers.require().microsocksAuth();

    assertThat(bannerThrough(micro, new InetSocketAddress("::1", v6.port())))
        .isEqualTo(BannerServer.BANNER);
  }

  @Test
  void dial_danteWrongPassword_authFailed() {
    Socks5Proxy dante = SocksPeers.require().danteAuthAs("mailpath-socks", "wrong-password");

    assertThatThrownBy(() -> bannerThrough(dante, new InetSocketAddress("127.0.0.1", v4.port())))
        .isInstanceOfSatisfying(
            ProxyException.class, e -> assertThat(e.kind()).isEqualTo(Kind.AUTH_FAILED))
        .hasMessageContaining("rejected the username and password");
  }

  @Test
  void dial_danteWantsPasswordNoneGiven_authFailed() {
    Socks5Proxy auth = SocksPeers.require().danteAuth();
    Socks5Proxy withoutCredentials = new Socks5Proxy(auth.host(), auth.port(), null, null);

    assertThatThrownBy(
            () -> bannerThrough(withoutCredentials, new InetSocketAddress("127.0.0.1", v4.port())))
        .isInstanceOfSatisfying(
            ProxyException.class, e -> assertThat(e.kind()).isEqualTo(Kind.AUTH_FAILED))
        .hasMessageContaining("requires a username and password");
  }

  @Test
  void dial_microsocksWrongPassword_authFailed() {
    Socks5Proxy micro = SocksPeers.require().microsocksAuth();
    Socks5Proxy wrong = new Socks5Proxy(micro.host(), micro.port(), micro.username(), "nope");

    assertThatThrownBy(() -> bannerThrough(wrong, new InetSocketAddress("127.0.0.1", v4.port())))
        .isInstanceOfSatisfying(
            ProxyException.class, e -> assertThat(e.kind()).isEqualTo(Kind.AUTH_FAILED));
  }

  @Test
  void dial_targetPortClosed_targetUnreachable() throws IOException {
    Socks5Proxy dante = SocksPeers.require().dante();
    int closed = closedPort();

    assertThatThrownBy(() -> bannerThrough(dante, new InetSocketAddress("127.0.0.1", closed)))
        .isInstanceOfSatisfying(
            ProxyException.class, e -> assertThat(e.kind()).isEqualTo(Kind.TARGET_UNREACHABLE))
        .hasMessageContaining("127.0.0.1 port " + closed);
  }

  @Test
  void dial_microsocksTargetPortClosed_targetUnreachable() throws IOException {
    Socks5Proxy micro = SocksPeers.require().microsocksAuth();
    int closed = closedPort();

    assertThatThrownBy(() -> bannerThrough(micro, new InetSocketAddress("127.0.0.1", closed)))
        .isInstanceOfSatisfying(
            ProxyException.class, e -> assertThat(e.kind()).isEqualTo(Kind.TARGET_UNREACHABLE));
  }

  @Test
  void dial_nothingListensAtProxy_proxyUnreachable() throws IOException {
    Socks5Proxy nowhere = new Socks5Proxy("127.0.0.1", closedPort(), null, null);

    assertThatThrownBy(() -> bannerThrough(nowhere, new InetSocketAddress("127.0.0.1", v4.port())))
        .isInstanceOfSatisfying(
            ProxyException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNREACHABLE))
        .hasMessageContaining("refused the connection");
  }

  @Test
  void dial_proxyAcceptsButNeverAnswers_proxyTimeout() throws IOException {
    // A listening socket nobody serves: the kernel accepts, nothing ever answers the greeting.
    try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getByName("127.0.0.1"))) {
      Socks5Proxy mute = new Socks5Proxy("127.0.0.1", silent.getLocalPort(), null, null);
      Socks5Dialer dialer = new Socks5Dialer(mute);

      assertThatThrownBy(
              () ->
                  dialer.dial(
                      new InetSocketAddress("127.0.0.1", v4.port()),
                      Deadline.after(Duration.ofMillis(300)),
                      new SocketRegistry()))
          .isInstanceOfSatisfying(
              ProxyException.class, e -> assertThat(e.kind()).isEqualTo(Kind.TIMEOUT))
          .hasMessageContaining("did not send");
    }
  }

  private static int closedPort() throws IOException {
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return probe.getLocalPort();
    }
  }
}
