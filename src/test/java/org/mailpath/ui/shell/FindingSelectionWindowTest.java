package org.mailpath.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mailpath.context.StepKind;
import org.mailpath.ui.timeline.TimelineRow;
import org.mailpath.ui.timeline.TimelineStep;
import org.mailpath.ui.trace.ScriptedTrace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Picking a finding in the list shows where the trace met it: its step, and that connection. */
@ExtendWith(ApplicationExtension.class)
class FindingSelectionWindowTest {

  private MainWindow window;

  @Start
  void start(Stage stage) {
    window = new MainWindow(FakeServices.none());
    stage.setScene(MailpathApp.scene(window));
    stage.show();
    window.traces().show(new ScriptedTrace().report(), 3L);
  }

  @Test
  void clickingAConnectionFinding_selectsItsStepAndTheDetailsShowThatConnection(FxRobot robot) {
    TreeTableView<TimelineRow> timeline = timeline(robot);
    robot.interact(() -> timeline.getSelectionModel().select(0)); // DNS

    robot.clickOn("requiretls-not-advertised");
    WaitForAsyncUtils.waitForFxEvents();

    TreeItem<TimelineRow> selected = timeline.getSelectionModel().getSelectedItem();
    assertThat(selected.getValue()).isInstanceOf(TimelineStep.class);
    assertThat(((TimelineStep) selected.getValue()).kind()).isEqualTo(StepKind.EHLO_AFTER_TLS);
    assertThat(detailsTitle(robot)).isEqualTo(ScriptedTrace.PLAN.label());
  }

  @Test
  void clickingADomainFinding_selectsTheDnsGroup(FxRobot robot) {
    robot.clickOn("requiretls-not-advertised");
    robot.clickOn("tlsrpt-present");
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(timeline(robot).getSelectionModel().getSelectedItem().getValue().group().isDns())
        .isTrue();
    assertThat(detailsTitle(robot)).isEqualTo("DNS");
  }

  @SuppressWarnings("unchecked")
  private static TreeTableView<TimelineRow> timeline(FxRobot robot) {
    return robot.lookup("#timeline").queryAs(TreeTableView.class);
  }

  private static String detailsTitle(FxRobot robot) {
    return robot.lookup(".details .pane-title").queryAs(Label.class).getText();
  }
}
