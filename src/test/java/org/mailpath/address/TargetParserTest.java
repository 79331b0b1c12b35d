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
    assertThat(target.portOr(2525)).as("a written port wins over --smtp-port").isEqualTo(port);
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

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          user@[192.0.2.1]              | 192.0.2.1
          user@[IPv6:2001:db8::1]       | 2001:db8::1
          user@[ipv6:2001:DB8::1]       | 2001:db8::1
          "a@b"@[127.0.0.1]             | 127.0.0.1
          """)
  void parse_addressLiteral_isHostTargetOnTheTracesSmtpPort(String input, String host) {
    Target.Host target = (Target.Host) TargetParser.parse(input);

    assertThat(target.asciiName()).isEqualTo(host);
    assertThat(target.portOr(25)).isEqualTo(25);
    assertThat(target.portOr(2525)).isEqualTo(2525);
    assertThat(target.ipLiteral()).isTrue();
    assertThat(target.input()).isEqualTo(input);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          user@@x.example          | has more than one @
          a@b@c.example            | has more than one @
          user@1.2.3.4             | is an IP address, not a domain name; an IP address is written in brackets, e.g. user@[1.2.3.4]
          user@999.1.1.1           | looks like an IP address but is not a valid one
          1.2.3.4                  | a host is written [1.2.3.4]:25
          [999.1.1.1]:25           | looks like an IP address but is not a valid one
          [1.2.3]:25               | looks like an IP address
          [::::1]:25               | is not a valid IPv6 address
          [IPv6:2001:db8::g]:25    | is not a valid IPv6 address
          user@[999.1.1.1]         | 999.1.1.1 is not a valid IPv4 address
          user@[2001:db8::1]       | needs the IPv6: tag
          user@[IPv6:1.2.3.4]      | is not a valid IPv6 address
          user@[IPv6:2001:db8::zz] | is not a valid IPv6 address
          user@[mx.example.org]    | mx.example.org is not a valid IPv4 address
          user@[192.0.2.1          | an address literal is written
          user@exa_mple.org        | contains a character that is not allowed in a domain name
          user@-bad.example        | a label starts with a hyphen
          user@bad-.example        | a label ends with a hyphen
          user@a..example          | empty label
          user@xn--a.example       | xn-- label
          """)
  void parse_malformedTarget_isRejectedWithASentenceNamingTheProblem(String input, String words) {
    assertThatThrownBy(() -> TargetParser.parse(input))
        .isInstanceOf(InvalidTargetException.class)
        .message()
        .contains(words)
        .endsWith(".")
        .doesNotContain("DISALLOWED")
        .doesNotContain("UTS #46:")
        .doesNotContain("[LEADING_HYPHEN");
  }

  @Test
  void parse_overlongLocalPart_isRejected() {
    assertThatThrownBy(() -> TargetParser.parse("a".repeat(65) + "@example.org"))
        .isInstanceOf(InvalidTargetException.class)
        .hasMessageContaining("64");
  }
}
