package org.mailpath.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mailpath.app.TraceService;
import org.mailpath.context.StepKind;
import org.mailpath.context.StepStatus;
import org.mailpath.finding.Finding;
import org.mailpath.lab.Lab;
import org.mailpath.ui.history.HistorySessionArchive;
import org.mailpath.ui.timeline.TimelineGroup;
import org.mailpath.ui.timeline.TimelineRow;
import org.mailpath.ui.trace.ServiceTraceRunner;
import org.mailpath.ui.trace.TraceStatus;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole path a user takes: type a lab address, press Enter, and watch the real engine's steps
 * and findings fill the window; the session lands in a history database of the test's own.
 */
@ExtendWith(ApplicationExtension.class)
class LabTraceInWindowTest {

  /** The lab answers on loopback; a whole trace of one scenario takes a second or two. */
  private static final long TRACE_SECONDS = 60;

  @TempDir Path home;

  private final ExecutorService workers = Executors.newCachedThreadPool();
  private MainWindow window;

  @Start
  void start(Stage stage) {
    Path database = home.resolve("history.db");
    TraceService service = new TraceService(workers, Clock.systemUTC(), Lab::shared, database);
    window =
        new MainWindow(
            new UiServices(
                new ServiceTraceRunner(service, workers, true),
                new HistorySessionArchive(database),
                Lab::scenarios,
                workers,
                Platform::runLater));
    stage.setScene(MailpathApp.scene(window));
    stage.show();
    window.focusAddress();
  }

  @AfterEach
  void stopWorkers() {
    workers.shutdownNow();
  }

  @Test
  void tracingAlice_atTheGoodLabDomain_fillsTimelineFindingsAndHistory(FxRobot robot)
      throws Exception {
    traceByKeyboard(robot, "alice@good.mail.test");

    TreeTableView<TimelineRow> timeline = robot.lookup("#timeline").queryAs(TreeTableView.class);
    List<TreeItem<TimelineRow>> groups = timeline.getRoot().getChildren();
    assertThat(groups.get(0).getValue().titleProperty().get()).isEqualTo("DNS");
    assertThat(groups).hasSizeGreaterThan(1);
    TimelineGroup firstConnection = groups.get(1).getValue().group();
    assertThat(firstConnection.titleProperty().get()).startsWith("mx1.good.mail.test [");
    assertThat(firstConnection.steps())
        .anySatisfy(
            step -> {
              assertThat(step.kind()).isEqualTo(StepKind.TLS_HANDSHAKE);
              assertThat(step.statusProperty().get()).isEqualTo(StepStatus.OK);
            });
    assertThat(firstConnection.transcript()).isNotEmpty();
    // The good domain may raise no finding at all; the list shows exactly what the report holds.
    assertThat(findingsShown(robot))
        .containsExactlyInAnyOrderElementsOf(window.traces().reportProperty().get().findings());
    assertThat(robot.lookup("#status-session").queryAs(Label.class).getText())
        .startsWith("Stored as session #");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.history().sessions().isEmpty());
  }

  @Test
  void tracingAlice_whereStarttlsIsMissing_listsThatFinding(FxRobot robot) throws Exception {
    traceByKeyboard(robot, "alice@nostarttls.mail.test");

    assertThat(findingsShown(robot)).extracting(Finding::code).contains("starttls-not-supported");
  }

  private void traceByKeyboard(FxRobot robot, String address) throws Exception {
    robot.write(address).type(KeyCode.ENTER);

    WaitForAsyncUtils.waitFor(
        TRACE_SECONDS,
        TimeUnit.SECONDS,
        () -> window.traces().status().stateProperty().get() != TraceStatus.State.RUNNING);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.traces().status().stateProperty().get())
        .as(window.traces().status().messageProperty().get())
        .isEqualTo(TraceStatus.State.FINISHED);
  }

  @SuppressWarnings("unchecked")
  private static List<Finding> findingsShown(FxRobot robot) {
    return List.copyOf(robot.lookup("#findings-list").queryAs(ListView.class).getItems());
  }
}
