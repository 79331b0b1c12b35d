package org.mailpath.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mailpath.ui.preferences.WindowLayout;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's dividers start where they were saved, are read back where they are, and the history
 * column's share survives presentation mode hiding it.
 */
@ExtendWith(ApplicationExtension.class)
class WindowDividersWindowTest {

  private static final WindowLayout SAVED = new WindowLayout(0.3, 0.5, 0.7);

  private MainWindow window;

  @Start
  void start(Stage stage) {
    window = MainWindow.firstFrame(FakeServices.none());
    window.useDividers(SAVED); // as the application does, before the rest is built
    window.buildTheRest();
    stage.setScene(MailpathApp.scene(window));
    stage.show();
  }

  @Test
  void theSavedDividers_areWhereTheWindowStarts() {
    WaitForAsyncUtils.waitForFxEvents();

    assertSame(window.dividers(), SAVED);
  }

  @Test
  void theHistoryShare_survivesPresentationMode(FxRobot robot) {
    robot.interact(() -> window.typeSize().setPresentation(true));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.dividers().history()).isCloseTo(0.3, within(0.01)); // hidden: kept

    robot.interact(() -> window.typeSize().setPresentation(false));
    WaitForAsyncUtils.waitForFxEvents();
    assertSame(window.dividers(), SAVED); // shown again where it was
  }

  @Test
  void movedDividers_areReadBack(FxRobot robot) {
    robot.interact(() -> window.useDividers(new WindowLayout(0.25, 0.6, 0.66)));
    WaitForAsyncUtils.waitForFxEvents();

    assertSame(window.dividers(), new WindowLayout(0.25, 0.6, 0.66));
  }

  private static void assertSame(WindowLayout actual, WindowLayout expected) {
    assertThat(actual.history()).isCloseTo(expected.history(), within(0.01));
    assertThat(actual.timeline()).isCloseTo(expected.timeline(), within(0.01));
    assertThat(actual.details()).isCloseTo(expected.details(), within(0.01));
  }
}
