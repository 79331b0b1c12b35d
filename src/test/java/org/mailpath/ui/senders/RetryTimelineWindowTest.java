package org.mailpath.ui.senders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mailpath.address.TargetParser;
import org.mailpath.app.TraceService;
import org.mailpath.lab.Lab;
import org.mailpath.policy.senders.SenderOutcome;
import org.mailpath.trace.TraceListener;
import org.mailpath.trace.TraceOptions;
import org.mailpath.trace.TraceReport;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The senders view in a headless window over a lab trace where mandatory-TLS senders defer
 * (nostarttls.mail.test): one timeline row per MTA that defers, then bounce on first failure.
 */
@ExtendWith(ApplicationExtension.class)
class RetryTimelineWindowTest {

  private static ExecutorService executor;
  private static Lab lab;
  private static TraceReport report;
  private final SimpleObjectProperty<TraceReport> shown = new SimpleObjectProperty<>();

  @BeforeAll
  static void trace() throws Exception {
    executor = Executors.newCachedThreadPool();
    lab = Lab.start(Duration.ZERO);
    report =
        new TraceService(executor, Clock.systemUTC(), () -> lab, null)
            .trace(
                TargetParser.parse("alice@nostarttls.mail.test"),
                TraceOptions.builder().quick(true).build(),
                false,
                TraceListener.NONE)
            .get(60, TimeUnit.SECONDS)
            .report();
  }

  @AfterAll
  static void stop() {
    lab.close();
    executor.shutdownNow();
  }

  @Start
  void start(Stage stage) {
    stage.setScene(new Scene(new SenderOutcomesView(shown), 1280, 800));
    stage.show();
  }

  private void showReport() throws Exception {
    Platform.runLater(() -> shown.set(report));
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void nostarttls_drawsOneRowPerDeferringMta_thenBounceOnFirstFailure(FxRobot robot)
      throws Exception {
    showReport();

    List<String> rows =
        robot.lookup(".retry-row-label").queryAllAs(Label.class).stream()
            .map(Label::getText)
            .sorted()
            .toList();
    assertThat(rows)
        .containsExactlyInAnyOrder(
            "postfix-encrypt, postfix-verify, postfix-secure",
            "exim-require-tls, exim-verify",
            "opensmtpd-tls-no-verify, opensmtpd-smtp-tls",
            "bounce on first failure");
    assertThat(robot.lookup("#retry-row-3").queryAs(Label.class).getText())
        .isEqualTo("bounce on first failure");
    // Each row gives up at a documented time (Postfix 5 days, Exim and OpenSMTPD 4 days, the
    // bounce at once), plus the legend's square.
    assertThat(robot.lookup(".retry-bounce").queryAll()).hasSize(5);
    // Exim warns after 1, 2, 3 and 4 days; OpenSMTPD after 4 hours; plus the legend's diamond.
    assertThat(robot.lookup(".retry-warning").queryAll()).hasSize(6);
    assertThat(texts(robot, ".retry-note"))
        .contains("returned after 5 days", "returned after 4 days", "retry times not known");
  }

  @Test
  void selectingADeferringSender_explainsItsTimelineWithSources(FxRobot robot) throws Exception {
    showReport();
    ListView<SenderOutcome> list = robot.lookup("#sender-outcomes").queryListView();
    int encrypt = indexOf(list, "postfix-encrypt");
    Platform.runLater(() -> list.getSelectionModel().select(encrypt));
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(String.join("\n", texts(robot, ".label")))
        .contains("Returns the message")
        .contains("maximal_queue_lifetime = 5d")
        .contains("qmgr(8)");
  }

  @Test
  void noReport_saysWhenTheTimelineAppears(FxRobot robot) {
    assertThat(texts(robot, ".placeholder")).contains("Appears when a trace has finished.");
    assertThat(robot.lookup(".retry-row-label").queryAll()).isEmpty();
  }

  private static int indexOf(ListView<SenderOutcome> list, String sender) {
    for (int i = 0; i < list.getItems().size(); i++) {
      if (list.getItems().get(i).sender().equals(sender)) {
        return i;
      }
    }
    throw new AssertionError("no row for " + sender);
  }

  private static List<String> texts(FxRobot robot, String query) {
    return robot.lookup(query).queryAll().stream()
        .filter(Label.class::isInstance)
        .map(Node.class::cast)
        .map(n -> ((Label) n).getText())
        .toList();
  }
}
