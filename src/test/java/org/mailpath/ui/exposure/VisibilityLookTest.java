package org.mailpath.ui.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mailpath.exposure.Observer;
import org.mailpath.exposure.Visibility;

/** A cell's look in the window: danger only for what others can read, always with a word. */
class VisibilityLookTest {

  @Test
  void of_recipientsOwnClientReads_isTheIntendedReaderNotTheReadableLook() {
    VisibilityLook look = VisibilityLook.of(Visibility.READABLE, Observer.RECIPIENT_CLIENT);

    assertThat(look).isEqualTo(VisibilityLook.INTENDED_READER);
    assertThat(look.styleClass()).isNotEqualTo(VisibilityLook.READABLE.styleClass());
    assertThat(look.text()).contains("reader");
  }

  @ParameterizedTest
  @EnumSource(
      value = Observer.class,
      names = {"RECIPIENT_CLIENT"},
      mode = EnumSource.Mode.EXCLUDE)
  void of_anyoneElseReads_isTheReadableLook(Observer observer) {
    assertThat(VisibilityLook.of(Visibility.READABLE, observer)).isEqualTo(VisibilityLook.READABLE);
  }

  @ParameterizedTest
  @EnumSource(VisibilityLook.class)
  void text_everyLook_hasAWordBesideItsSymbol(VisibilityLook look) {
    assertThat(look.text()).matches(". [a-z ]{4,}");
  }
}
