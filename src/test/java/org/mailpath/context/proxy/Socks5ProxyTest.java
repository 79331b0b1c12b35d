package org.mailpath.context.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Socks5ProxyTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          socks5://127.0.0.1:1080           | 127.0.0.1   | 1080 | -     | -
          socks5://alice:s3cret@proxy:1080  | proxy       | 1080 | alice | s3cret
          socks5://a%40b:p%3Aw@proxy:9050   | proxy       | 9050 | a@b   | p:w
          socks5://[::1]:1080               | ::1         | 1080 | -     | -
          SOCKS5://Proxy.Example:1          | Proxy.Example | 1  | -     | -
          """)
  void parse_validUrl_givesHostPortAndCredentials(
      String url, String host, int port, String user, String password) {
    Socks5Proxy proxy = Socks5Proxy.parse(url);

    assertThat(proxy).isEqualTo(new Socks5Proxy(host, port, user, password));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "127.0.0.1:1080",
        "http://127.0.0.1:8080",
        "socks4://127.0.0.1:1080",
        "socks5://127.0.0.1",
        "socks5://alice@127.0.0.1:1080",
        "socks5://127.0.0.1:70000"
      })
  void parse_invalidUrl_isRejectedWithASentence(String url) {
    assertThatThrownBy(() -> Socks5Proxy.parse(url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("Exception");
  }

  @ParameterizedTest
  @CsvSource({"socks5://alice:s3cret@proxy:1080, socks5://alice:***@proxy:1080"})
  void toString_withPassword_hidesIt(String url, String shown) {
    assertThat(Socks5Proxy.parse(url).toString()).isEqualTo(shown).doesNotContain("s3cret");
  }
}
