package org.mailpath.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mailpath.finding.Severity;
import org.mailpath.history.SessionSummary;
import org.mailpath.ui.history.ExportFormat;
import org.mailpath.ui.history.HistoryDialogs;
import org.mailpath.ui.history.InMemoryArchive;
import org.mailpath.ui.trace.FakeTraceRunner;
import org.mailpath.ui.trace.ScriptedTrace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The history browser in the real window: filter, delete, compare and export by clicking. */
@ExtendWith(ApplicationExtension.class)
class HistoryBrowserWindowTest {

  private static final SessionSummary GOOD =
      new SessionSummary(
          3, "alice@good.mail.test", "good.mail.test", ScriptedTrace.START, Severity.INFO, 2);
  private static final SessionSummary GOOD_BEFORE =
      new SessionSummary(
          2,
          "alice@good.mail.test",
          "good.mail.test",
          ScriptedTrace.START.minusSeconds(600),
          Severity.INFO,
          2);
  private static final SessionSummary OTHER =
      new SessionSummary(
          1,
          "alice@nostarttls.mail.test",
          "nostarttls.mail.test",
          ScriptedTrace.START.minusSeconds(900),
          Severity.ERROR,
          3);

  @TempDir static Path exports;

  private final InMemoryArchive archive =
      new InMemoryArchive()
          .with(GOOD, new ScriptedTrace().report())
          .with(GOOD_BEFORE, new ScriptedTrace().report())
          .with(OTHER, new ScriptedTrace().report());

  private final HistoryDialogs yes =
      new HistoryDialogs() {
        @Override
        public boolean confirmDelete(Window owner, SessionSummary session) {
          return true;
        }

        @Override
        public boolean confirmCompareAcrossDomains(
            Window owner, SessionSummary a, SessionSummary b) {
          return true;
        }

        @Override
        public Optional<ExportChoice> exportFile(Window owner, String suggestedName) {
          return Optional.of(new ExportChoice(ExportFormat.MARKDOWN, exports.resolve("s.md")));
        }
      };

  @Start
  void start(Stage stage) {
    MainWindow window =
        new MainWindow(
            new UiServices(
                new FakeTraceRunner(),
                archive,
                List::of,
                task -> new Thread(task, "history-worker").start(),
                Platform::runLater,
                yes));
    stage.setScene(MailpathApp.scene(window));
    stage.show();
  }

  @Test
  void typingADomain_narrowsTheList(FxRobot robot) throws Exception {
    settle();
    robot.clickOn("#history-domain").write("nostarttls.mail.test");
    settle();

    assertThat(list(robot).getItems()).containsExactly(OTHER);
  }

  @Test
  void openingASession_putsItsAddressBackInTheField(FxRobot robot) throws Exception {
    settle();
    robot.clickOn("#target-field").write("bob@example.org");

    robot.interact(() -> list(robot).getSelectionModel().select(OTHER));
    settle();

    assertThat(robot.lookup("#target-field").queryAs(TextField.class).getText())
        .isEqualTo(new ScriptedTrace().report().target());
  }

  @Test
  void deleteAfterConfirming_removesTheSession(FxRobot robot) throws Exception {
    settle();
    robot.interact(() -> list(robot).getSelectionModel().select(OTHER));
    robot.clickOn("#history-delete");
    settle();

    assertThat(list(robot).getItems()).containsExactly(GOOD, GOOD_BEFORE);
  }

  @Test
  void compareTwoSelected_opensTheComparisonTab(FxRobot robot) throws Exception {
    settle();
    robot.interact(() -> list(robot).getSelectionModel().selectIndices(0, 1));
    robot.clickOn("#history-compare");
    settle();

    TabPane faces = robot.lookup(".faces").queryAs(TabPane.class);
    assertThat(faces.getSelectionModel().getSelectedItem().getText()).isEqualTo("Compare #2 → #3");
    assertThat(robot.lookup("#comparison-nothing").tryQuery()).isPresent();
  }

  @Test
  void exportTheOpenedSession_writesTheFile(FxRobot robot) throws Exception {
    settle();
    robot.interact(() -> list(robot).getSelectionModel().select(GOOD));
    settle();
    robot.clickOn("#history-export");
    for (int i = 0; i < 50 && !Files.exists(exports.resolve("s.md")); i++) {
      Thread.sleep(100);
    }

    assertThat(Files.readString(exports.resolve("s.md"))).contains("good.mail.test");
  }

  private static ListView<SessionSummary> list(FxRobot robot) {
    return robot.lookup("#history-list").queryListView();
  }

  private static void settle() throws Exception {
    // Background work hops to a worker and back onto the FX thread.
    for (int i = 0; i < 3; i++) {
      Thread.sleep(150);
      WaitForAsyncUtils.waitForFxEvents();
    }
  }
}
