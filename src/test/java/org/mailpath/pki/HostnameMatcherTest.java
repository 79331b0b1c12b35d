package org.mailpath.pki;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HostnameMatcherTest {

  @ParameterizedTest(name = "{0} vs {1} -> {2}")
  @CsvSource(
      textBlock =
          """
          DNS:mx.example.org,      mx.example.org,       true
          DNS:MX.Example.ORG,      mx.example.org,       true
          DNS:mx.example.org.,     mx.example.org,       true
          DNS:*.example.org,       mx.example.org,       true
          DNS:*.example.org,       a.mx.example.org,     false
          DNS:*.example.org,       example.org,          false
          DNS:m*.example.org,      mx.example.org,       false
          DNS:*.org,               example.org,          false
          DNS:other.example.org,   mx.example.org,       false
          IP:127.0.0.1,            127.0.0.1,            true
          DNS:127.0.0.1,           127.0.0.1,            false
          IP:127.0.0.1,            mx.example.org,       false
          IP:0:0:0:0:0:0:0:1,      ::1,                  true
          IP:::1,                  0:0:0:0:0:0:0:1,      true
          IP:2001:DB8:0:0:0:0:0:1, 2001:db8::1,          true
          IP:2001:db8::1,          2001:db8::2,          false
          IP:127.0.0.1,            ::1,                  false
          IP:192.0.2.1,            192.000.2.1,          false
          IP:192.0.2.1,            [192.0.2.1],          true
          IP:not-an-address,       192.0.2.1,            false
          DNS:cafe,                cafe::1,              false
          """)
  void match_rfc9525Rules(String san, String host, boolean matches) {
    assertThat(HostnameMatcher.match(List.of(san), host) != null).isEqualTo(matches);
  }
}
