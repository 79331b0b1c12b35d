package org.mailpath.policy.sts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StsPolicyParserTest {

  private static final String GOOD =
      "version: STSv1\n"
          + "mode: enforce\n"
          + "mx: mx1.mail.example\n"
          + "mx: *.backup.example\n"
          + "max_age: 604800\n";

  @Test
  void parse_lfPolicy_allFields() {
    StsPolicy policy = StsPolicyParser.parse(GOOD).policy();

    assertThat(policy.mode()).isEqualTo(StsMode.ENFORCE);
    assertThat(policy.maxAgeSeconds()).isEqualTo(604800);
    assertThat(policy.mxPatterns()).containsExactly("mx1.mail.example", "*.backup.example");
  }

  @Test
  void parse_crlfPolicyWithoutFinalTerminator_same() {
    StsPolicy policy = StsPolicyParser.parse(GOOD.strip().replace("\n", "\r\n")).policy();

    assertThat(policy).isEqualTo(StsPolicyParser.parse(GOOD).policy());
  }

  @Test
  void parse_trailingBlankLines_tolerated() {
    assertThat(StsPolicyParser.parse(GOOD.replace("\n", "\r\n") + "\r\n\r\n").policy())
        .isEqualTo(StsPolicyParser.parse(GOOD).policy());
  }

  @Test
  void parse_blankLineBetweenFields_invalid() {
    assertThat(StsPolicyParser.parse("version: STSv1\n\nmode: none\nmax_age: 1\n").problem())
        .contains("line 2");
  }

  @Test
  void parse_unknownKey_ignored() {
    assertThat(StsPolicyParser.parse(GOOD + "future_key: anything goes\n").valid()).isTrue();
  }

  @Test
  void parse_modeNoneWithoutMx_valid() {
    StsPolicyParser.Result result =
        StsPolicyParser.parse("version: STSv1\nmode: none\nmax_age: 86400\n");

    assertThat(result.policy().mode()).isEqualTo(StsMode.NONE);
    assertThat(result.policy().mxPatterns()).isEmpty();
  }

  @Test
  void parse_valueWithTrailingBlanks_accepted() {
    assertThat(
            StsPolicyParser.parse("version:STSv1  \nmode:\ttesting\nmx: a.example\nmax_age: 0\n")
                .policy()
                .mode())
        .isEqualTo(StsMode.TESTING);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          no version         | mode: enforce\\nmx: a.example\\nmax_age: 1                                    | no "version"
          wrong version      | version: STSv2\\nmode: enforce\\nmx: a.example\\nmax_age: 1                   | version must be STSv1
          two versions       | version: STSv1\\nversion: STSv1\\nmode: enforce\\nmx: a.example\\nmax_age: 1  | "version" appears twice
          no mode            | version: STSv1\\nmx: a.example\\nmax_age: 1                                   | no "mode"
          unknown mode       | version: STSv1\\nmode: strict\\nmx: a.example\\nmax_age: 1                    | mode must be
          upper-case mode    | version: STSv1\\nmode: ENFORCE\\nmx: a.example\\nmax_age: 1                   | mode must be
          two modes          | version: STSv1\\nmode: testing\\nmode: enforce\\nmx: a.example\\nmax_age: 1   | "mode" appears twice
          no max_age         | version: STSv1\\nmode: enforce\\nmx: a.example                                | no "max_age"
          max_age too big    | version: STSv1\\nmode: enforce\\nmx: a.example\\nmax_age: 31557601            | exceeds 31557600
          max_age negative   | version: STSv1\\nmode: enforce\\nmx: a.example\\nmax_age: -1                  | 1 to 10 digits
          max_age 11 digits  | version: STSv1\\nmode: enforce\\nmx: a.example\\nmax_age: 00000000001         | 1 to 10 digits
          two max_age        | version: STSv1\\nmode: enforce\\nmx: a.example\\nmax_age: 1\\nmax_age: 2      | "max_age" appears twice
          no mx in enforce   | version: STSv1\\nmode: enforce\\nmax_age: 1                                   | no "mx"
          no mx in testing   | version: STSv1\\nmode: testing\\nmax_age: 1                                   | no "mx"
          bad mx wildcard    | version: STSv1\\nmode: enforce\\nmx: mx*.a.example\\nmax_age: 1               | malformed mx
          line without colon | version: STSv1\\nmode enforce\\nmx: a.example\\nmax_age: 1                    | not "key: value"
          html page          | <html><body>policy</body></html>                                            | not "key: value"
          """)
  void parse_malformed_invalidWithReason(String name, String body, String reason) {
    StsPolicyParser.Result result = StsPolicyParser.parse(body.replace("\\n", "\n"));

    assertThat(result.valid()).isFalse();
    assertThat(result.problem()).contains(reason);
  }

  @Test
  void admits_policyPatterns_rfc8461Section41() {
    StsPolicy policy =
        new StsPolicy(StsMode.ENFORCE, 1, List.of("mx1.mail.example", "*.backup.example"));

    assertThat(policy.admits("MX1.mail.example.")).isTrue();
    assertThat(policy.admits("b1.backup.example")).isTrue();
    assertThat(policy.admits("backup.example")).isFalse();
  }
}
