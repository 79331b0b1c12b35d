package org.mailpath.ui.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mailpath.policy.TlsAuthentication;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The view in a headless window: a click on a protection changes the summary and the cells. */
@ExtendWith(ApplicationExtension.class)
class ExposureViewTest {

  private ExposureViewModel model;

  @Start
  void start(Stage stage) {
    model = new ExposureViewModel();
    model.showConnections(DemoConnections.of("nostarttls"));
    stage.setScene(
        new Scene(new javafx.scene.layout.StackPane(new ExposureView(model).node()), 1280, 800));
    stage.show();
  }

  @Test
  void clickingSmimeWithHeaderProtection_changesSummaryAndSubjectCell(FxRobot robot) {
    Label summary = robot.lookup("#exposure-summary").queryAs(Label.class);
    Label subjectPassive = robot.lookup("#cell-SUBJECT-PASSIVE_LISTENER").queryAs(Label.class);
    assertThat(summary.getText())
        .startsWith("With S/MIME and no header protection")
        .contains("the recipient and 6 of 6 others");
    assertThat(subjectPassive.getText()).contains("readable");

    robot.clickOn("#protection-smime-hp");
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(summary.getText())
        .startsWith("With S/MIME and header protection")
        .contains("readable by the recipient only");
    assertThat(subjectPassive.getText()).contains("protected");
    assertThat(subjectPassive.getStyleClass())
        .contains("visibility-protected")
        .doesNotContain("visibility-readable");
  }

  @Test
  void clickingACell_explainsItWithItsRfc(FxRobot robot) {
    robot.clickOn("#cell-ENVELOPE_SENDER-RELAY");
    WaitForAsyncUtils.waitForFxEvents();

    Label detail = robot.lookup("#exposure-detail").queryAs(Label.class);
    assertThat(detail.getText())
        .contains("Each relay")
        .contains("MAIL FROM")
        .contains("[RFC 5321 §3.3]");
  }

  @Test
  void assumingDane_showsTheWhatIfWarningUntilShowAsTracedIsClicked(FxRobot robot) {
    Node banner = robot.lookup("#exposure-what-if").query();
    assertThat(banner.isVisible()).isFalse();

    robot.interact(() -> model.assumedPolicyProperty().set(TlsAuthentication.DANE));

    assertThat(banner.isVisible()).isTrue();
    assertThat(robot.lookup("#exposure-what-if-text").queryAs(Label.class).getText())
        .startsWith("What if: assuming DANE — not what the trace saw.");

    robot.clickOn("#exposure-as-traced");
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(banner.isVisible()).isFalse();
    assertThat(model.assumedPolicyProperty().get()).isEqualTo(TlsAuthentication.NONE);
  }
}
