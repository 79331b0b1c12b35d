package org.mailpath.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mailpath.ui.timeline.TimelineGroup;
import org.mailpath.ui.timeline.TimelineRow;
import org.mailpath.ui.tls.CertificateNode;
import org.mailpath.ui.trace.ScriptedTrace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A connection's certificate chain appears as a tree, leaf under the chain's verdict. */
@ExtendWith(ApplicationExtension.class)
class TlsInspectionWindowTest {

  private MainWindow window;

  @Start
  void start(Stage stage) {
    window = new MainWindow(FakeServices.none());
    stage.setScene(MailpathApp.scene(window));
    stage.show();
  }

  @Test
  void selectingAConnection_showsTheCertificateTreeLeafFirst(FxRobot robot) {
    robot.interact(() -> window.traces().show(new ScriptedTrace().report(), 1));
    robot.interact(() -> selectConnection(robot));
    robot.clickOn("Certificates");
    WaitForAsyncUtils.waitForFxEvents();

    @SuppressWarnings("unchecked")
    TreeView<CertificateNode> tree = robot.lookup("#certificate-tree").queryAs(TreeView.class);
    TreeItem<CertificateNode> leaf = tree.getRoot().getChildren().get(0);
    assertThat(leaf.getValue().role()).isEqualTo("Leaf");
    assertThat(leaf.getValue().title()).isEqualTo("CN=mx1.good.mail.test");
    assertThat(tree.getSelectionModel().getSelectedItem()).isSameAs(leaf);
    assertThat(robot.lookup(".fact-heading").queryAllAs(Label.class))
        .extracting(Label::getText)
        .contains("Leaf · CN=mx1.good.mail.test");
  }

  @SuppressWarnings("unchecked")
  private static void selectConnection(FxRobot robot) {
    TreeTableView<TimelineRow> timeline = robot.lookup("#timeline").queryAs(TreeTableView.class);
    for (TreeItem<TimelineRow> group : timeline.getRoot().getChildren()) {
      if (!((TimelineGroup) group.getValue()).isDns()) {
        timeline.getSelectionModel().select(group);
        return;
      }
    }
  }
}
