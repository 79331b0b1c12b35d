package org.mailpath.ui.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The presentation zoom's steps, its large-type mode and the root style it sets. */
class TypeSizeTest {

  private final TypeSize typeSize = new TypeSize();

  @Test
  void larger_stepsUpAndStopsAt200() {
    typeSize.larger();
    assertThat(typeSize.percentProperty().get()).isEqualTo(110);

    for (int i = 0; i < 10; i++) {
      typeSize.larger();
    }

    assertThat(typeSize.percentProperty().get()).isEqualTo(200);
  }

  @Test
  void smaller_stepsDownAndStopsAt80() {
    typeSize.smaller();
    assertThat(typeSize.percentProperty().get()).isEqualTo(90);

    for (int i = 0; i < 10; i++) {
      typeSize.smaller();
    }

    assertThat(typeSize.percentProperty().get()).isEqualTo(80);
  }

  @Test
  void presentationOn_jumpsTo150_andOffGoesBackToActualSize() {
    typeSize.setPresentation(true);
    assertThat(typeSize.percentProperty().get()).isEqualTo(150);
    assertThat(typeSize.presentationProperty().get()).isTrue();

    typeSize.larger();
    typeSize.setPresentation(true);
    assertThat(typeSize.percentProperty().get()).isEqualTo(175);

    typeSize.setPresentation(false);
    assertThat(typeSize.percentProperty().get()).isEqualTo(100);
    assertThat(typeSize.presentationProperty().get()).isFalse();
  }

  @Test
  void actualSize_afterZooming_isNormalAgainAndLeavesNoInlineStyle() {
    typeSize.larger();
    assertThat(typeSize.rootStyle().get()).isEqualTo("-fx-font-size: 14.30px;");

    typeSize.actualSize();

    assertThat(typeSize.rootStyle().get()).isEmpty();
  }

  @ParameterizedTest(name = "saved {0} % is restored as {1} %")
  @CsvSource(
      textBlock =
          """
          150,  150
          140,  150
          1000, 200
          1,    80
          """)
  void restore_savedValue_snapsToTheNearestStep(int saved, int expected) {
    typeSize.restore(saved);

    assertThat(typeSize.percentProperty().get()).isEqualTo(expected);
  }

  @Test
  void restore_nothingSaved_keepsTheNormalSize() {
    typeSize.restore(null);

    assertThat(typeSize.percentProperty().get()).isEqualTo(100);
  }
}
