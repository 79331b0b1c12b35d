package org.mailpath.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EhloCapabilitiesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          REQUIRETLS           | true
          requiretls           | true
          REQUIRETLS extra     | true
          X-REQUIRETLS         | false
          REQUIRETLSX          | false
          requıretls           | false
          """)
  void offers_ehloLine_keywordOnly(String line, boolean expected) {
    assertThat(EhloCapabilities.offers(List.of("PIPELINING", line), "REQUIRETLS"))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          STARTTLS             | true
          AUTH=LOGIN PLAIN     | false
          SIZE 10240000        | false
          ſtarttls             | false
          """)
  void offers_starttls_matchesTheKeywordBeforeParameters(String line, boolean expected) {
    assertThat(EhloCapabilities.offers(List.of(line), "STARTTLS")).isEqualTo(expected);
  }
}
