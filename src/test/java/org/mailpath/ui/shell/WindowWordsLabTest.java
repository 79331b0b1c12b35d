package org.mailpath.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mailpath.address.TargetParser;
import org.mailpath.app.TraceService;
import org.mailpath.history.SessionSummary;
import org.mailpath.lab.Lab;
import org.mailpath.lab.LabScenario;
import org.mailpath.policy.dane.DaneApplicability.Decision;
import org.mailpath.policy.dane.DaneResult;
import org.mailpath.policy.senders.Delivery;
import org.mailpath.report.doc.Tone;
import org.mailpath.text.EnumNames;
import org.mailpath.trace.TraceListener;
import org.mailpath.trace.TraceOptions;
import org.mailpath.trace.TraceReport;
import org.mailpath.ui.history.InMemoryArchive;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window, as a person sees it: every lab scenario's session opened, every face and detail tab
 * shown, and every text on screen scanned for internal enum names (the same scan as the text,
 * Markdown and PDF outputs get).
 */
@ExtendWith(ApplicationExtension.class)
class WindowWordsLabTest {

  private static final EnumNames NAMES =
      EnumNames.reachableFrom(
          List.of(TraceReport.class),
          List.of(Delivery.class, Decision.class, DaneResult.Status.class, Tone.class));

  private static final Map<SessionSummary, TraceReport> SESSIONS = new LinkedHashMap<>();

  private MainWindow window;
  private Scene scene;

  @BeforeAll
  static void traceEveryScenario() throws Exception {
    ExecutorService executor = Executors.newCachedThreadPool();
    try (Lab lab = Lab.start(Duration.ZERO)) {
      TraceService service = new TraceService(executor, Clock.systemUTC(), () -> lab, null);
      long id = 1;
      for (LabScenario scenario : Lab.scenarios()) {
        TraceReport report =
            service
                .trace(
                    TargetParser.parse("alice@" + scenario.domain()),
                    TraceOptions.builder().quick(true).build(),
                    false,
                    TraceListener.NONE)
                .get(60, TimeUnit.SECONDS)
                .report();
        SESSIONS.put(
            new SessionSummary(
                id++,
                report.target(),
                report.domain(),
                Instant.now(),
                report.worstSeverity(),
                report.findings().size()),
            report);
      }
    } finally {
      executor.shutdownNow();
    }
  }

  @AfterAll
  static void forget() {
    SESSIONS.clear();
  }

  @Start
  void start(Stage stage) {
    InMemoryArchive archive = new InMemoryArchive();
    SESSIONS.forEach(archive::with);
    window = new MainWindow(FakeServices.with(archive, Lab::scenarios));
    scene = MailpathApp.scene(window);
    stage.setScene(scene);
    stage.setWidth(1280);
    stage.setHeight(800);
    stage.show();
  }

  @Test
  void everyScenarioInTheWindow_showsNoEnumName(FxRobot robot) {
    Map<String, List<String>> leaks = new LinkedHashMap<>();
    for (SessionSummary session : SESSIONS.keySet()) {
      robot.interact(() -> window.history().open(session));
      WaitForAsyncUtils.waitForFxEvents();
      StringBuilder seen = new StringBuilder();
      for (String face : faceTitles()) {
        robot.interact(() -> select(".faces", face));
        for (String detail : List.of("Transcript", "SMTP & TLS", "Certificates", "DNS")) {
          robot.interact(() -> selectDetails(detail));
          WaitForAsyncUtils.waitForFxEvents();
          collect(scene.getRoot(), seen);
        }
      }
      List<String> found = NAMES.leaks(seen.toString());
      if (!found.isEmpty()) {
        leaks.put(session.domain(), found);
      }
    }
    assertThat(leaks).as("enum names on screen, by scenario").isEmpty();
    assertThat(SESSIONS).hasSizeGreaterThan(30);
  }

  private List<String> faceTitles() {
    TabPane faces = (TabPane) scene.lookup(".faces");
    return faces.getTabs().stream().map(Tab::getText).toList();
  }

  private void select(String paneSelector, String title) {
    TabPane pane = (TabPane) scene.lookup(paneSelector);
    pane.getTabs().stream()
        .filter(t -> t.getText().equals(title))
        .findFirst()
        .ifPresent(t -> pane.getSelectionModel().select(t));
  }

  private void selectDetails(String title) {
    for (Node node : new ArrayList<>(scene.getRoot().lookupAll(".tab-pane"))) {
      TabPane pane = (TabPane) node;
      for (Tab tab : pane.getTabs()) {
        if (title.equals(tab.getText())) {
          pane.getSelectionModel().select(tab);
        }
      }
    }
  }

  private static void collect(Node node, StringBuilder out) {
    if (!node.isVisible()) {
      return;
    }
    if (node instanceof Labeled labeled) {
      // The full text, not the skin's clipped copy ("TLS_C…"); and the graphic, which may hold
      // words of its own.
      out.append(labeled.getText() == null ? "" : labeled.getText()).append('\n');
      if (labeled.getGraphic() != null) {
        collect(labeled.getGraphic(), out);
      }
      return;
    } else if (node instanceof Text text && text.getText() != null) {
      out.append(text.getText()).append('\n');
    } else if (node instanceof TextInputControl input && input.getText() != null) {
      out.append(input.getText()).append('\n');
    }
    if (node instanceof Parent parent) {
      for (Node child : parent.getChildrenUnmodifiable()) {
        collect(child, out);
      }
    }
  }
}
