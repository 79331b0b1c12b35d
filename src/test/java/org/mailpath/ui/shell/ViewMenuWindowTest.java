package org.mailpath.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View ▸ type size: the keys and the large-type mode change the size of the window's text. */
@ExtendWith(ApplicationExtension.class)
class ViewMenuWindowTest {

  private MainWindow window;

  @Start
  void start(Stage stage) {
    window = new MainWindow(FakeServices.none());
    stage.setScene(MailpathApp.scene(window));
    stage.show();
    window.focusAddress();
  }

  @Test
  void ctrlEqualsTwice_makesTheTextAQuarterLarger_evenWhereTheStyleSheetSetsItsOwnSize(
      FxRobot robot) {
    assertThat(statusSize(robot)).isCloseTo(13, within(0.01));
    double titleBefore = findingsTitleSize(robot);

    shortcut(robot, KeyCode.EQUALS);
    shortcut(robot, KeyCode.EQUALS);

    assertThat(window.typeSize().percentProperty().get()).isEqualTo(125);
    assertThat(statusSize(robot)).isCloseTo(16.25, within(0.01));
    assertThat(findingsTitleSize(robot)).isCloseTo(titleBefore * 1.25, within(0.05));
  }

  @Test
  void ctrlMinus_thenCtrlZero_smallerThenActualSize(FxRobot robot) {
    shortcut(robot, KeyCode.MINUS);
    assertThat(statusSize(robot)).isCloseTo(13 * 0.9, within(0.01));

    shortcut(robot, KeyCode.DIGIT0);

    assertThat(statusSize(robot)).isCloseTo(13, within(0.01));
  }

  @Test
  void presentationMode_fromTheViewMenu_setsLargeType(FxRobot robot) {
    robot.clickOn("View");
    robot.clickOn("Presentation mode (large type)");
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(window.typeSize().percentProperty().get()).isEqualTo(150);
    assertThat(statusSize(robot)).isCloseTo(19.5, within(0.01));
  }

  private static void shortcut(FxRobot robot, KeyCode key) {
    robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static double statusSize(FxRobot robot) {
    return robot.lookup("#status-message").queryAs(Label.class).getFont().getSize();
  }

  private static double findingsTitleSize(FxRobot robot) {
    return robot.lookup(".findings .pane-title").queryAs(Label.class).getFont().getSize();
  }
}
