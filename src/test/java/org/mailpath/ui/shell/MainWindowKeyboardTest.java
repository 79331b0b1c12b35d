package org.mailpath.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mailpath.lab.LabScenario;
import org.mailpath.ui.history.SessionArchive;
import org.mailpath.ui.history.UnavailableArchive;
import org.mailpath.ui.trace.FakeTraceRunner;
import org.mailpath.ui.trace.ScriptedTrace;
import org.mailpath.ui.trace.TargetInput;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's keyboard contract, against a trace runner the test drives: Enter traces, Esc
 * cancels.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowKeyboardTest {

  private static final List<LabScenario> SCENARIOS =
      List.of(
          new LabScenario("good.mail.test", "Everything right", "", List.of()),
          new LabScenario("nostarttls.mail.test", "No STARTTLS", "", List.of()));

  private final FakeTraceRunner runner = new FakeTraceRunner();
  private final Executor worker = task -> new Thread(task, "fake-engine").start();

  @Start
  void start(Stage stage) {
    SessionArchive none = UnavailableArchive.INSTANCE;
    MainWindow window =
        new MainWindow(
            new UiServices(runner, none, () -> SCENARIOS, Runnable::run, Platform::runLater));
    stage.setScene(MailpathApp.scene(window));
    stage.show();
    window.focusAddress();
  }

  @Test
  void typingAnInvalidAddress_showsTheParserMessageInline(FxRobot robot) {
    robot.write("alice@");

    Label error = robot.lookup("#target-error").queryAs(Label.class);
    assertThat(error.isVisible()).isTrue();
    assertThat(error.getText()).contains("empty");
  }

  @Test
  void enter_tracesAndTheStepsAndFindingsAppearAsEventsArrive(FxRobot robot) throws Exception {
    robot.write("alice@good.mail.test").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(runner.lastTarget().input()).isEqualTo("alice@good.mail.test");

    ScriptedTrace trace = new ScriptedTrace();
    worker.execute(() -> trace.events().forEach(runner.listener()::onEvent));

    TreeTableView<?> timeline = robot.lookup("#timeline").queryAs(TreeTableView.class);
    ListView<?> findings = robot.lookup("#findings-list").queryAs(ListView.class);
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () ->
            findings.getItems().size() == 2
                && timeline.getRoot().getChildren().size() == 2
                && timeline.getRoot().getChildren().get(1).getChildren().size() == 9);
    // DNS, then the one connection with its nine steps; the findings beside them.
  }

  @Test
  void escape_cancelsTheRunningTrace(FxRobot robot) {
    robot.write("alice@good.mail.test").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();

    robot.type(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(runner.future().isCancelled()).isTrue();
    assertThat(robot.lookup("#status-message").queryAs(Label.class).getText())
        .startsWith("Cancelled");
    assertThat(robot.lookup("#target-field").queryAs(TextField.class).isDisabled()).isFalse();
  }

  @Test
  void examplesMenu_choosingAScenario_putsItsAddressInTheField(FxRobot robot) {
    robot.clickOn("#examples");
    robot.clickOn(TargetInput.exampleAddress(SCENARIOS.get(1)) + "   —   No STARTTLS");

    assertThat(robot.lookup("#target-field").queryAs(TextField.class).getText())
        .isEqualTo("alice@nostarttls.mail.test");
  }

  @Test
  void examplesMenu_afterATrace_clearsItsResultsFromTheWindow(FxRobot robot) {
    robot.write("alice@good.mail.test").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    runner.complete(new ScriptedTrace(), 1L);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#findings-list").queryAs(ListView.class).getItems()).isNotEmpty();

    robot.clickOn("#examples");
    robot.clickOn(TargetInput.exampleAddress(SCENARIOS.get(1)) + "   —   No STARTTLS");

    assertThat(robot.lookup("#findings-list").queryAs(ListView.class).getItems()).isEmpty();
    assertThat(robot.lookup("#timeline").queryAs(TreeTableView.class).getRoot().getChildren())
        .isEmpty();
    assertThat(robot.lookup("#status-message").queryAs(Label.class).getText())
        .isEqualTo("Ready to trace alice@nostarttls.mail.test: press Enter or Trace.");
    robot.clickOn("Who can read what");
    assertThat(robot.lookup("#exposure-last-hop").queryAs(Label.class).getText())
        .contains("not traced yet");
  }

  @Test
  void finishedTrace_feedsTheWhoCanReadWhatTab(FxRobot robot) {
    robot.write("alice@good.mail.test").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();

    runner.complete(new ScriptedTrace(), 1L);
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("Who can read what"); // built when first opened, from the trace shown

    assertThat(robot.lookup("#exposure-last-hop").queryAs(Label.class).getText())
        .contains("mx1.good.mail.test");
  }
}
