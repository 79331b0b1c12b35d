package org.mailpath.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DnsServerTest {

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          127.0.0.1,            127.0.0.1,   53
          127.0.0.1:5353,       127.0.0.1,   5353
          ns.example,           ns.example,  53
          2001:db8::1,          2001:db8::1, 53
          [2001:db8::1]:5353,   2001:db8::1, 5353
          """)
  void parse_acceptedForms_hostAndPort(String text, String host, int port) {
    InetSocketAddress server = DnsServer.parse(text);

    assertThat(server.getHostString()).isEqualTo(host);
    assertThat(server.getPort()).isEqualTo(port);
  }

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1:", "127.0.0.1:99999", "127.0.0.1:dns", "a b", "u@host"})
  void parse_badForms_sentenceNamingTheServer(String text) {
    assertThatThrownBy(() -> DnsServer.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("The DNS server");
  }
}
