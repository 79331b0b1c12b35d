package org.mailpath.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mailpath.lab.LabScenario;
import org.mailpath.lab.scenario.AttackMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Lessons ▸ N fills the address field and the attacker toggle; PageDown goes to the next trace. */
@ExtendWith(ApplicationExtension.class)
class LessonsWindowTest {

  private MainWindow window;

  @Start
  void start(Stage stage) {
    window = new MainWindow(FakeServices.withScenarios(() -> List.<LabScenario>of()));
    stage.setScene(MailpathApp.scene(window));
    stage.show();
  }

  @Test
  void lessonsMenu_listsFiveLessons(FxRobot robot) {
    MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
    Menu lessons =
        bar.getMenus().stream().filter(m -> "menu-lessons".equals(m.getId())).findFirst().get();

    assertThat(lessons.getText()).isEqualTo("_Lessons");
    assertThat(lessons.getItems()).hasSize(5);
    assertThat(robot.lookup("#lessons-panel").query().isVisible()).isFalse();
  }

  @Test
  void openLesson4_thenPageDown_walksItsTracesAndTheAttackerToggleFollows(FxRobot robot) {
    robot.interact(() -> window.lessons().open(4));
    TextField field = robot.lookup("#target-field").queryAs(TextField.class);

    assertThat(robot.lookup("#lessons-panel").query().isVisible()).isTrue();
    assertThat(robot.lookup("#lessons-panel").queryAs(Region.class).getWidth()).isEqualTo(280);
    assertThat(field.getText()).isEqualTo("alice@strip.mail.test");
    assertThat(robot.lookup("#lesson-text").queryAs(Label.class).getText()).contains("RFC 3207 §6");

    for (int i = 0; i < 4; i++) {
      robot.type(KeyCode.PAGE_DOWN);
    }
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(field.getText()).isEqualTo("alice@good.mail.test");
    assertThat(window.traces().attackerProperty().get()).isEqualTo(AttackMode.STRIP);
  }

  @Test
  void openLesson_afterATraceOfAnotherAddress_clearsItsResults(FxRobot robot) {
    robot.interact(
        () -> window.traces().show(new org.mailpath.ui.trace.ScriptedTrace().report(), 1L));

    robot.interact(() -> window.lessons().open(1));

    assertThat(window.traces().reportProperty().get()).isNull();
    assertThat(window.traces().findings()).isEmpty();
    assertThat(robot.lookup("#status-message").queryAs(Label.class).getText())
        .isEqualTo("Ready to trace alice@nostarttls.mail.test: press Enter or Trace.");
  }

  @Test
  void hideButton_hidesThePanel_andTheViewMenuBringsItBackAtTheSameLesson(FxRobot robot) {
    robot.interact(() -> window.lessons().open(2));
    String heading = robot.lookup("#lesson-heading").queryAs(Label.class).getText();

    robot.clickOn("#lessons-hide");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#lessons-panel").query().isVisible()).isFalse();
    assertThat(robot.lookup("#lessons-panel").query().isManaged()).isFalse();

    robot.clickOn("View");
    robot.clickOn("Lessons panel");
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(robot.lookup("#lessons-panel").query().isVisible()).isTrue();
    assertThat(robot.lookup("#lesson-heading").queryAs(Label.class).getText()).isEqualTo(heading);
  }

  @Test
  void viewMenuLessonsPanel_withNoLessonOpen_saysWhereLessonsAre(FxRobot robot) {
    robot.clickOn("View");
    robot.clickOn("Lessons panel");
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(robot.lookup("#lessons-panel").query().isVisible()).isTrue();
    assertThat(robot.lookup("#lesson-text").queryAs(Label.class).getText())
        .startsWith("No lesson open. Choose one from the Lessons menu");
    assertThat(robot.lookup("#lesson-next").query().isDisabled()).isTrue();
  }
}
