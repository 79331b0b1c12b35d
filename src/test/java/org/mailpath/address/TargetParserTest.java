package org.mailpath.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TargetParserTest {

  @Test
  void parse_mailbox_splitsLocalPartAndDomain() {
    Target target = TargetParser.parse("alice@Good.Mail.Test");

    assertThat(target).isInstanceOf(Target.Mailbox.class);
    Target.Mailbox mailbox = (Target.Mailbox) target;
    assertThat(mailbox.localPart()).isEqualTo("alice");
    assertThat(mailbox.asciiName()).isEqualTo("good.mail.test");
  }

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          user@bücher.example,        xn--bcher-kva.example
          user@ÉCOLE.example,         xn--cole-9oa.example
          user@example.org.,          example.org
          münchen.example,            xn--mnchen-3ya.example
          user@faß.example,           xn--fa-hia.example
          user@ＥＸＡＭＰＬＥ.org,      example.org
          """)
  void parse_internationalisedDomain_becomesALabel(String input, String ascii) {
    assertThat(TargetParser.parse(input).asciiName()).isEqualTo(ascii);
  }

  @Test
  void parse_bareDomain_isDomainTarget() {
    assertThat(TargetParser.parse("example.org")).isInstanceOf(Target.Domain.class);
  }

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          [127.0.0.1]:2525,      127.0.0.1,      2525, true
          [mx.example.org]:25,   mx.example.org, 25,   false
          [::1]:587,             ::1,            587,  true
          [IPv6:::1]:25,         ::1,            25,   true
          """)
  void parse_hostTarget_keepsHostAndPort(String input, String host, int port, boolean ip) {
    Target.Host target = (Target.Host) TargetParser.parse(input);

    assertThat(target.asciiName()).isEqualTo(host);
    assertThat(target.port()).isEqualTo(port);
    assertThat(target.ipLiteral()).isEqualTo(ip);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "not an address",
        "alice@",
        "@example.org",
        "alice@localhost",
        "alice@exa mple.org",
        "alice@-bad.example",
        "[127.0.0.1]",
        "[127.0.0.1]:0",
        "[127.0.0.1]:70000",
        "127.0.0.1:25",
        "",
        "   "
      })
  void parse_badInput_throwsWithOneLineMessage(String input) {
    assertThatThrownBy(() -> TargetParser.parse(input))
        .isInstanceOf(InvalidTargetException.class)
        .message()
        .doesNotContain("\n")
        .isNotBlank();
  }

  @Test
  void parse_overlongLocalPart_isRejected() {
    assertThatThrownBy(() -> TargetParser.parse("a".repeat(65) + "@example.org"))
        .isInstanceOf(InvalidTargetException.class)
        .hasMessageContaining("64");
  }
}
