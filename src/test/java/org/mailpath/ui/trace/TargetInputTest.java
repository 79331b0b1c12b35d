package org.mailpath.ui.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailpath.address.Target;
import org.mailpath.lab.LabScenario;

class TargetInputTest {

  private static final LabScenario GOOD =
      new LabScenario("good.mail.test", "Everything right", "", List.of());

  private final TargetInput input = new TargetInput(() -> List.of(GOOD));

  @Test
  void text_validMailbox_parsesTargetWithoutError() {
    input.textProperty().set("alice@good.mail.test");

    assertThat(input.targetProperty().get()).isInstanceOf(Target.Mailbox.class);
    assertThat(input.errorProperty().get()).isNull();
    assertThat(input.validProperty().get()).isTrue();
  }

  @Test
  void text_invalidDomain_showsParserMessageAndNoTarget() {
    input.textProperty().set("alice@nodots");

    assertThat(input.targetProperty().get()).isNull();
    assertThat(input.errorProperty().get()).contains("at least two labels");
    assertThat(input.validProperty().get()).isFalse();
  }

  @Test
  void text_blank_isNeitherValidNorAnError() {
    input.textProperty().set("alice@nodots");
    input.textProperty().set("   ");

    assertThat(input.errorProperty().get()).isNull();
    assertThat(input.validProperty().get()).isFalse();
  }

  @Test
  void useExample_labScenario_putsAliceAtItsDomainInTheField() {
    input.useExample(GOOD);

    assertThat(input.textProperty().get()).isEqualTo("alice@good.mail.test");
    assertThat(input.validProperty().get()).isTrue();
  }

  @Test
  void examples_labUnavailable_offersNone() {
    TargetInput withoutLab =
        new TargetInput(
            () -> {
              throw new UnsupportedOperationException("lab not yet written");
            });

    assertThat(withoutLab.examples()).isEmpty();
  }
}
