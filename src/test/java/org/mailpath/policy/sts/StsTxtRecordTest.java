package org.mailpath.policy.sts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StsTxtRecordTest {

  @ParameterizedTest(name = "[{0}] -> {1} {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          v=STSv1; id=20160831085700Z;                      | ANNOUNCED | 20160831085700Z
          v=STSv1; id=abc                                   | ANNOUNCED | abc
          v=STSv1;id=abc;                                   | ANNOUNCED | abc
          v=STSv1; id=abc; ext_1=value                      | ANNOUNCED | abc
          v=STSv1; id=123456789012345678901234567890AB      | ANNOUNCED | 123456789012345678901234567890AB
          v=STSv1; id=123456789012345678901234567890ABC     | INVALID   |
          v=STSv1; id=                                      | INVALID   |
          v=STSv1; id=a-b                                   | INVALID   |
          v=STSv1;                                          | INVALID   |
          v=STSv1                                           | INVALID   |
          v=STSv1; id=abc; id=def                           | INVALID   |
          v=STSv1; id=abc; =broken                          | INVALID   |
          v=spf1 -all                                       | NONE      |
          v=STSv10; id=abc                                  | NONE      |
          V=STSv1; id=abc                                   | NONE      |
          """)
  void parse_singleRecord_statusAndId(String record, StsTxtRecord.Status status, String id) {
    StsTxtRecord parsed = StsTxtRecord.parse(List.of(record));

    assertThat(parsed.status()).isEqualTo(status);
    assertThat(parsed.id()).isEqualTo(id);
  }

  @Test
  void parse_invalidRecord_saysWhy() {
    assertThat(StsTxtRecord.parse(List.of("v=STSv1; id=a-b")).problem())
        .contains("1 to 32 letters or digits");
  }

  @Test
  void parse_noRecords_none() {
    assertThat(StsTxtRecord.parse(List.of()).status()).isEqualTo(StsTxtRecord.Status.NONE);
  }

  @Test
  void parse_otherRecordsBesideOneStsRecord_announced() {
    StsTxtRecord parsed =
        StsTxtRecord.parse(Arrays.asList("v=spf1 -all", "v=STSv1; id=x1", "hello"));

    assertThat(parsed.status()).isEqualTo(StsTxtRecord.Status.ANNOUNCED);
    assertThat(parsed.id()).isEqualTo("x1");
  }

  @Test
  void parse_twoStsRecords_invalidAsRfc8461Section31Demands() {
    StsTxtRecord parsed = StsTxtRecord.parse(List.of("v=STSv1; id=one", "v=STSv1; id=two"));

    assertThat(parsed.status()).isEqualTo(StsTxtRecord.Status.INVALID);
    assertThat(parsed.problem()).contains("exactly one");
  }

  @Test
  void parse_txtStringWithEscapeAndBidiOverride_isShownEscaped() {
    StsTxtRecord parsed = StsTxtRecord.parse(List.of("v=STSv1; id=\u001b[2J\u202e1"));

    assertThat(parsed.status()).isEqualTo(StsTxtRecord.Status.INVALID);
    assertThat(parsed.record()).isEqualTo("v=STSv1; id=\\x1b[2J\\u202e1");
    assertThat(parsed.problem()).doesNotContain("\u001b").doesNotContain("\u202e");
  }
}
