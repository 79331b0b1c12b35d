package org.mailpath.finding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FindingCodeTest {

  @ParameterizedTest
  @EnumSource(FindingCode.class)
  void explanation_everyCode_isOneSentenceForATrainee(FindingCode code) {
    assertThat(code.explanation()).isNotBlank().endsWith(".").doesNotContain("\\n");
  }

  @Test
  void explanations_everyLine_belongsToACode() throws Exception {
    Properties sentences = new Properties();
    try (var in = getClass().getResourceAsStream("/findings/explanations.properties")) {
      sentences.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    assertThat(sentences.stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(FindingCode.values()).map(FindingCode::code).toList());
  }
}
