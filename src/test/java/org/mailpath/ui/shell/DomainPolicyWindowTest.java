package org.mailpath.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mailpath.finding.Severity;
import org.mailpath.history.SessionSummary;
import org.mailpath.ui.history.InMemoryArchive;
import org.mailpath.ui.policy.PolicyReports;
import org.mailpath.ui.trace.ScriptedTrace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The domain policy tab shows a stored session's policy with its problems marked. */
@ExtendWith(ApplicationExtension.class)
class DomainPolicyWindowTest {

  private static final SessionSummary SESSION =
      new SessionSummary(
          7, "alice@good.mail.test", "good.mail.test", ScriptedTrace.START, Severity.ERROR, 2);

  private MainWindow window;

  @Start
  void start(Stage stage) {
    InMemoryArchive archive =
        new InMemoryArchive().with(SESSION, PolicyReports.enforceWithMismatchAndDane());
    window = new MainWindow(FakeServices.with(archive, List::of));
    stage.setScene(MailpathApp.scene(window));
    stage.show();
  }

  @Test
  void openingASession_showsEachPartOfThePolicyWithMarks(FxRobot robot) {
    robot.interact(() -> window.history().open(SESSION));
    robot.clickOn("Domain policy");
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(robot.lookup(".policy-card").queryAll()).hasSize(5);
    assertThat(robot.lookup(".marked-error").queryAllAs(Label.class))
        .extracting(Label::getText)
        .anyMatch(text -> text.contains("no mx pattern"));
    assertThat(robot.lookup("#policy-protection").queryAs(Label.class).getText()).contains("DANE");
  }
}
