package org.mailpath.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mailpath.address.TargetParser;
import org.mailpath.context.Dialer;
import org.mailpath.context.proxy.Socks5Dialer;
import org.mailpath.context.proxy.SocksPeers;
import org.mailpath.context.proxy.SshJump;
import org.mailpath.lab.Lab;
import org.mailpath.trace.TraceListener;
import org.mailpath.trace.TraceOptions;
import org.mailpath.trace.TraceReport;

/**
 * A lab trace through each real SOCKS5 server (Dante, Dante with a login, microsocks with a login,
 * ssh -D into OpenSSH) finds exactly what the direct trace finds, and its report says which way it
 * went. sts.mail.test also fetches its MTA-STS policy over HTTPS through the proxy.
 */
class ProxyLabTraceTest {

  private static ExecutorService executor;
  private static Lab lab;

  @BeforeAll
  static void start() {
    executor = Executors.newCachedThreadPool();
    lab = Lab.start(Duration.ZERO);
  }

  @AfterAll
  static void stop() {
    lab.close();
    executor.shutdownNow();
  }

  private static TraceReport trace(String address, TraceOptions options) throws Exception {
    return new TraceService(executor, Clock.systemUTC(), () -> lab, null)
        .trace(TargetParser.parse(address), options, false, TraceListener.NONE)
        .get(60, TimeUnit.SECONDS)
        .report();
  }

  private static TraceOptions via(Dialer dialer) {
    return TraceOptions.builder().quick(true).dialer(dialer).build();
  }

  /** Each finding as code and subject, sorted: what must not change with the route. */
  private static List<String> findings(TraceReport report) {
    return report.findings().stream().map(f -> f.code() + " " + f.subject()).sorted().toList();
  }

  private static Dialer proxy(String name) {
    SocksPeers peers = SocksPeers.require();
    return switch (name) {
      case "dante" -> new Socks5Dialer(peers.dante());
      case "dante-auth" -> new Socks5Dialer(peers.danteAuth());
      case "microsocks-auth" -> new Socks5Dialer(peers.microsocksAuth());
      case "ssh" -> peers.sshJump();
      default -> throw new IllegalArgumentException(name);
    };
  }

  @ParameterizedTest(name = "{1} through {0}")
  @CsvSource({
    "dante, alice@good.mail.test",
    "dante-auth, alice@good.mail.test",
    "microsocks-auth, alice@good.mail.test",
    "ssh, alice@good.mail.test",
    "dante, alice@sts.mail.test",
    "ssh, alice@nostarttls.mail.test"
  })
  void trace_throughProxy_sameFindingsAsDirectAndRouteRecorded(String proxy, String address)
      throws Exception {
    Dialer dialer = proxy(proxy);
    try {
      TraceReport direct = trace(address, via(Dialer.direct()));
      TraceReport proxied = trace(address, via(dialer));

      assertThat(direct.route()).isEqualTo("direct");
      assertThat(proxied.route()).startsWith("SOCKS5 proxy 127.0.0.1:");
      assertThat(proxied.connections()).allSatisfy(c -> assertThat(c.smtp().connected()).isTrue());
      assertThat(findings(proxied)).isEqualTo(findings(direct)).isNotEmpty();
      assertThat(proxied.seenBy()).isNotNull();
    } finally {
      if (dialer instanceof SshJump jump) {
        jump.close();
      }
    }
  }

  @Test
  void trace_proxyDnsThroughDante_resolvesOverTcpAndFindsTheSame() throws Exception {
    Dialer dante = new Socks5Dialer(SocksPeers.require().dante());
    TraceReport direct = trace("alice@good.mail.test", via(Dialer.direct()));

    TraceReport proxied =
        trace("alice@good.mail.test", via(dante).toBuilder().proxyDns(true).build());

    assertThat(proxied.resolution().server()).contains("over TCP via SOCKS5 proxy 127.0.0.1:");
    assertThat(findings(proxied)).isEqualTo(findings(direct));
  }

  @Test
  void trace_proxyCannotReachMx_proxyTargetUnreachableNotConnectionRefused() throws Exception {
    // multi.mail.test's third MX refuses connections: through the proxy that is the proxy's report.
    TraceReport proxied =
        trace("alice@multi.mail.test", via(new Socks5Dialer(SocksPeers.require().dante())));

    assertThat(proxied.findings())
        .extracting(f -> f.code())
        .contains("proxy-target-unreachable")
        .doesNotContain("connection-refused", "connection-timeout");
  }
}
