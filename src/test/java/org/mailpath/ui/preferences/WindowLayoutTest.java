package org.mailpath.ui.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WindowLayoutTest {

  @Test
  void text_thenParse_sameLayout() {
    WindowLayout layout = new WindowLayout(0.3, 0.5, 0.7);

    assertThat(layout.text()).isEqualTo("0.300 0.500 0.700");
    assertThat(WindowLayout.parse(layout.text())).isEqualTo(layout);
  }

  @Test
  void parse_missingOrUnreadable_isTheDefault() {
    assertThat(WindowLayout.parse(null)).isEqualTo(WindowLayout.DEFAULT);
    assertThat(WindowLayout.parse("")).isEqualTo(WindowLayout.DEFAULT);
    assertThat(WindowLayout.parse("0.3 0.5")).isEqualTo(WindowLayout.DEFAULT);
    assertThat(WindowLayout.parse("0.3 0.5 wide")).isEqualTo(WindowLayout.DEFAULT);
    assertThat(WindowLayout.parse("0.3 0.5 NaN")).isEqualTo(WindowLayout.DEFAULT);
  }

  @Test
  void parse_aDividerAtAnEdge_isTheDefault() {
    // a pane squeezed to nothing is not worth keeping: the next window would hide it
    assertThat(WindowLayout.parse("0.01 0.5 0.7")).isEqualTo(WindowLayout.DEFAULT);
    assertThat(WindowLayout.parse("0.3 0.99 0.7")).isEqualTo(WindowLayout.DEFAULT);
    assertThat(WindowLayout.parse("0.05 0.5 0.95")).isEqualTo(new WindowLayout(0.05, 0.5, 0.95));
  }
}
