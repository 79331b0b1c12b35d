package org.mailpath.ui.trace;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ProgressIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mailpath.finding.Severity;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The status bar's spinner: made when the first trace starts, shown only while one runs. */
@ExtendWith(ApplicationExtension.class)
class StatusBarSpinnerTest {

  @Test
  void theSpinnerComesWithTheFirstTrace_andShowsOnlyWhileOneRuns(FxRobot robot) throws Exception {
    TraceStatus status = new TraceStatus();
    StatusBar bar = WaitForAsyncUtils.asyncFx(() -> new StatusBar(status)).get();
    assertThat(spinners(bar)).isZero();

    robot.interact(() -> status.started("alice@good.mail.test"));
    assertThat(spinners(bar)).isEqualTo(1);
    assertThat(bar.getChildren().get(0).isVisible()).isTrue();

    robot.interact(() -> status.cancelled(Severity.INFO));
    assertThat(bar.getChildren().get(0).isVisible()).isFalse();

    robot.interact(() -> status.started("alice@good.mail.test"));
    assertThat(spinners(bar)).isEqualTo(1); // the same one again
    assertThat(bar.getChildren().get(0).isVisible()).isTrue();
  }

  private static long spinners(StatusBar bar) {
    return bar.getChildren().stream().filter(ProgressIndicator.class::isInstance).count();
  }
}
