package org.mailpath.context.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SshJumpHostTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          bastion                 | -     | bastion          | 0
          ops@bastion.example     | ops   | bastion.example  | 0
          ops@203.0.113.7:2222    | ops   | 203.0.113.7      | 2222
          [2001:db8::7]:22        | -     | 2001:db8::7      | 22
          root@[::1]              | root  | ::1              | 0
          """)
  void parse_validJump_givesUserHostPort(String text, String user, String host, int port) {
    assertThat(SshJumpHost.parse(text)).isEqualTo(new SshJumpHost(user, host, port));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "-oProxyCommand=touch /tmp/x",
        "bastion -v",
        "-p22@bastion",
        "ops@-bastion",
        "bastion:0",
        "bastion:99999",
        "ops@"
      })
  void parse_anythingButUserHostPort_isRejected(String text) {
    assertThatThrownBy(() -> SshJumpHost.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }
}
