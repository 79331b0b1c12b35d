package org.mailpath.policy.sts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MxPatternMatcherTest {

  @ParameterizedTest(name = "{0} vs {1} -> {2}")
  @CsvSource(
      textBlock =
          """
          *.mail.example,     mx1.mail.example,     true
          *.mail.example,     MX1.Mail.Example,     true
          *.mail.example,     mx1.mail.example.,    true
          *.mail.example.,    mx1.mail.example,     true
          *.mail.example,     mail.example,         false
          *.mail.example,     a.b.mail.example,     false
          *.mail.example,     mx1.mailexample,      false
          *.mail.example,     mx1.other.example,    false
          mx.mail.example,    mx.mail.example,      true
          MX.MAIL.EXAMPLE,    mx.mail.example,      true
          mx.mail.example,    mx2.mail.example,     false
          mx.mail.example,    a.mx.mail.example,    false
          mx*.mail.example,   mx1.mail.example,     false
          *,                  mail,                 false
          """)
  void matches_rfc8461Section41Table(String pattern, String host, boolean expected) {
    assertThat(MxPatternMatcher.matches(pattern, host)).isEqualTo(expected);
  }
}
