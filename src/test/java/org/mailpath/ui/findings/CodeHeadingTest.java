package org.mailpath.ui.findings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodeHeadingTest {

  @Test
  void parts_endAtEachHyphen_andJoinToTheCode() {
    assertThat(CodeHeading.parts("starttls-stripped-suspected"))
        .containsExactly("starttls-", "stripped-", "suspected");
    assertThat(CodeHeading.parts("dane-required")).containsExactly("dane-", "required");
    assertThat(CodeHeading.parts("nomx")).containsExactly("nomx");
    assertThat(CodeHeading.parts("odd-")).containsExactly("odd-");
    assertThat(String.join("", CodeHeading.parts("tls12-without-ems")))
        .isEqualTo("tls12-without-ems");
  }
}
