package org.mailpath.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mailpath.address.TargetParser;
import org.mailpath.bounds.Deadline;
import org.mailpath.context.Dialer;
import org.mailpath.context.SocketRegistry;
import org.mailpath.context.proxy.Socks5Dialer;
import org.mailpath.context.proxy.SocksPeers;
import org.mailpath.finding.Finding;
import org.mailpath.lab.Lab;
import org.mailpath.lab.LabRoute;
import org.mailpath.trace.TraceEngine;
import org.mailpath.trace.TraceListener;
import org.mailpath.trace.TraceOptions;
import org.mailpath.trace.TraceReport;

/**
 * A network that drops outgoing port 25, simulated: the lab's MX hosts are dialled on port 25, a
 * direct connection to port 25 times out, and a connection through the proxy reaches the lab server
 * (port 25 stands for the lab's SMTP port beyond the proxy). Directly the trace says port25-blocked
 * and blames the network; through Dante it is complete.
 */
class Port25BlockedTest {

  private static ExecutorService executor;
  private static Lab lab;
  private static LabRoute route;

  @BeforeAll
  static void start() {
    executor = Executors.newCachedThreadPool();
    lab = Lab.start(Duration.ZERO);
    route = lab.prepare("good.mail.test");
  }

  @AfterAll
  static void stop() {
    lab.close();
    executor.shutdownNow();
  }

  /** This machine's network: port 25 is dropped, as on many access networks. */
  private record BlockingPort25(Dialer inner) implements Dialer {
    @Override
    public Socket dial(InetSocketAddress address, Deadline deadline, SocketRegistry sockets)
        throws IOException {
      if (address.getPort() == TraceOptions.SMTP_PORT) {
        throw new SocketTimeoutException("connect timed out");
      }
      return inner.dial(address, deadline, sockets);
    }

    @Override
    public String description() {
      return inner.description();
    }
  }

  /** Beyond the proxy, port 25 of a lab host is where its SMTP server listens. */
  private record LabPort25(Dialer inner, int labSmtpPort) implements Dialer {
    @Override
    public Socket dial(InetSocketAddress address, Deadline deadline, SocketRegistry sockets)
        throws IOException {
      InetSocketAddress mapped =
          address.getPort() == TraceOptions.SMTP_PORT
              ? new InetSocketAddress(address.getAddress(), labSmtpPort)
              : address;
      return inner.dial(mapped, deadline, sockets);
    }

    @Override
    public String description() {
      return inner.description();
    }
  }

  private static TraceReport trace(Dialer dialer) throws Exception {
    List<java.security.cert.X509Certificate> anchors = new ArrayList<>(route.trustAnchors());
    TraceOptions options =
        TraceOptions.builder()
            .quick(true)
            .network("lab")
            .dnsServer(route.dnsServer())
            .trustAnchors(route.dnssecTrustAnchors())
            .extraTrustAnchors(anchors)
            .smtpPort(TraceOptions.SMTP_PORT)
            .timeout(Duration.ofSeconds(30))
            .dialer(dialer)
            .build();
    return TraceEngine.builder()
        .executor(executor)
        .clock(Clock.systemUTC())
        .build()
        .trace(TargetParser.parse("alice@good.mail.test"), options, TraceListener.NONE)
        .get(60, TimeUnit.SECONDS);
  }

  @Test
  void trace_directOnBlockedNetwork_port25BlockedSaysWhatToDo() throws Exception {
    TraceReport direct = trace(new BlockingPort25(Dialer.direct()));

    Finding blocked =
        direct.findings().stream()
            .filter(f -> f.code().equals("port25-blocked"))
            .findFirst()
            .orElseThrow();
    assertThat(blocked.detail()).contains("--proxy", "--ssh-jump", "from a server");
    assertThat(direct.findings())
        .filteredOn(f -> f.code().equals("connection-timeout"))
        .hasSize(2)
        .allSatisfy(f -> assertThat(f.detail()).contains("likely cause is this network"));
  }

  @Test
  void trace_throughDanteOnBlockedNetwork_isComplete() throws Exception {
    Dialer dante = new Socks5Dialer(SocksPeers.require().dante());

    // The blocking network sees only the connection to the proxy, whose port is not 25.
    TraceReport proxied = trace(new LabPort25(dante, route.smtpPort()));

    assertThat(proxied.findings())
        .extracting(Finding::code)
        .doesNotContain("port25-blocked", "connection-timeout", "proxy-target-unreachable");
    assertThat(proxied.connections())
        .hasSize(2)
        .allSatisfy(c -> assertThat(c.tls().established()).isTrue());
    assertThat(proxied.route())
        .isEqualTo("SOCKS5 proxy " + SocksPeers.require().dante().endpoint());
  }
}
