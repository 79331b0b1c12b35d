package org.mailpath.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mailpath.lab.LabScenario;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window as the application shows it: a first frame with the menus and the address bar, which
 * takes typing at once, then the rest, which keeps what was typed.
 */
@ExtendWith(ApplicationExtension.class)
class FirstFrameWindowTest {

  private static final List<LabScenario> SCENARIOS =
      List.of(new LabScenario("good.mail.test", "Everything right", "", List.of()));

  private MainWindow window;

  @Start
  void start(Stage stage) {
    window = MainWindow.firstFrame(FakeServices.withScenarios(() -> SCENARIOS));
    stage.setScene(MailpathApp.scene(window));
    stage.show();
    window.focusAddress();
  }

  @Test
  void theFirstFrameTakesTyping_andTheRestKeepsIt(FxRobot robot) {
    assertThat(robot.lookup("#target-field").tryQuery()).isPresent();
    assertThat(ids(robot)).doesNotContain("timeline", "status-bar", "examples");

    robot.write("alice@good.mail.test");
    double fieldWidth = robot.lookup("#target-field").query().getLayoutBounds().getWidth();
    robot.interact(window::buildTheRest);
    robot.interact(window::buildTheRest); // once only
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(robot.lookup("#target-field").queryAs(TextField.class).getText())
        .isEqualTo("alice@good.mail.test");
    // the examples and the attacker take the room kept for them: the field does not jump
    assertThat(robot.lookup("#target-field").query().getLayoutBounds().getWidth())
        .isCloseTo(fieldWidth, within(6.0));
    assertThat(ids(robot)).contains("timeline", "status-bar", "examples", "attacker-choice");
    assertThat(robot.lookup("#timeline").queryAll()).hasSize(1);
    // the examples and the attacker sit between the address and Trace, as in the whole window
    List<String> row =
        robot.lookup("#target-field").query().getParent().getChildrenUnmodifiable().stream()
            .map(Node::getId)
            .filter(id -> id != null)
            .collect(Collectors.toList());
    assertThat(row)
        .containsExactly(
            "target-field", "examples", "attacker-choice", "trace-button", "cancel-button");
  }

  private static List<String> ids(FxRobot robot) {
    return robot.lookup(node -> node.getId() != null).queryAll().stream()
        .map(Node::getId)
        .collect(Collectors.toList());
  }
}
