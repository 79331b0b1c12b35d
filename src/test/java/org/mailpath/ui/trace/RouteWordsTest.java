package org.mailpath.ui.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.Socket;
import org.junit.jupiter.api.Test;
import org.mailpath.bounds.Deadline;
import org.mailpath.context.Dialer;
import org.mailpath.context.SocketRegistry;
import org.mailpath.lab.attacker.OnPathDialer;
import org.mailpath.lab.scenario.AttackMode;

/** The status bar's route, said as a sentence whatever dialer description the report recorded. */
class RouteWordsTest {

  @Test
  void of_direct_isDirect() {
    assertThat(RouteWords.of("direct")).isEqualTo("direct");
  }

  @Test
  void of_proxy_isThroughTheProxy() {
    assertThat(RouteWords.of("SOCKS5 proxy 192.0.2.1:1080"))
        .isEqualTo("through SOCKS5 proxy 192.0.2.1:1080");
  }

  @Test
  void of_directThroughTheLabAttacker_namesTheAttackerAndWhatItDoesOnce() {
    String route = attacker(Dialer.direct(), AttackMode.STRIP);

    assertThat(RouteWords.of(route))
        .isEqualTo(
            "through the lab's on-path attacker, which removes STARTTLS from the server's EHLO"
                + " reply");
  }

  @Test
  void of_proxyThroughTheLabAttacker_saysTheProxyThenTheAttacker() {
    Dialer proxy =
        new Dialer() {
          @Override
          public Socket dial(InetSocketAddress address, Deadline deadline, SocketRegistry sockets) {
            throw new UnsupportedOperationException();
          }

          @Override
          public String description() {
            return "SOCKS5 proxy 192.0.2.1:1080";
          }
        };

    assertThat(RouteWords.of(attacker(proxy, AttackMode.REFUSE_STARTTLS)))
        .isEqualTo(
            "through SOCKS5 proxy 192.0.2.1:1080, then the lab's on-path attacker, which answers"
                + " STARTTLS with 454 4.7.0 TLS not available");
  }

  private static String attacker(Dialer inner, AttackMode mode) {
    return new OnPathDialer(inner, mode, address -> address).description();
  }
}
