package org.mailpath.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mailpath.app.TraceService;
import org.mailpath.finding.Finding;
import org.mailpath.lab.Lab;
import org.mailpath.ui.history.HistorySessionArchive;
import org.mailpath.ui.trace.ServiceTraceRunner;
import org.mailpath.ui.trace.TraceStatus;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window at a projector's 1280×800, headless: every tab after a lab trace and every lesson
 * opened from the Lessons menu, written to target/screenshots/*.png, with every label the window
 * cut short ("…") without its whole text in its tooltip listed in target/screenshots/clipped.txt.
 * Nothing may be on that list: the issue asks every tab to work on a 1280×800 projector.
 */
@ExtendWith(ApplicationExtension.class)
class WindowScreenshotsTest {

  static final Path OUT = Path.of("target", "screenshots");
  private static final int WIDTH = 1280;
  private static final int HEIGHT = 800;
  private static final long TRACE_SECONDS = 60;

  @TempDir Path home;
  private final ExecutorService workers = Executors.newCachedThreadPool();
  private final List<String> clipped = new ArrayList<>();
  private MainWindow window;
  private Scene scene;

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
    scene = MailpathApp.scene(window);
    stage.setScene(scene);
    stage.setWidth(WIDTH);
    stage.setHeight(HEIGHT);
    stage.show();
  }

  @AfterEach
  void stopWorkers() {
    workers.shutdownNow();
  }

  @Test
  void everyTabAndLesson_at1280x800_nothingClipped(FxRobot robot) throws Exception {
    Files.createDirectories(OUT);
    trace(robot, "alice@strip-dane.mail.test");
    TabPane faces = faces(robot);
    for (Tab tab : List.copyOf(faces.getTabs())) {
      robot.interact(() -> faces.getSelectionModel().select(tab));
      shoot(robot, "tab-" + slug(tab.getText()));
      if (tab == faces.getTabs().get(0)) {
        shootDetailsTabs(robot);
        shootLongestFinding(robot);
      }
    }
    robot.interact(() -> faces.getSelectionModel().select(0));
    for (int n = 1; n <= window.lessons().lessons().size(); n++) {
      int lesson = n;
      robot.interact(() -> window.lessons().open(lesson));
      trace(robot, null);
      shoot(robot, "lesson-" + n);
    }
    // A projector: presentation mode (large type) on the mail path, the lesson panel hidden.
    robot.interact(
        () -> {
          window.lessons().close();
          window.typeSize().setPresentation(true);
        });
    trace(robot, "alice@strip-dane.mail.test");
    shoot(robot, "presentation-mail-path");
    Files.write(OUT.resolve("clipped.txt"), clipped);
    assertThat(clipped).isEmpty();
  }

  private void shootDetailsTabs(FxRobot robot) throws IOException {
    for (var node : robot.lookup(".tab-pane").queryAll()) {
      TabPane pane = (TabPane) node;
      if (pane.getTabs().stream().anyMatch(t -> t.getText().equals("Transcript"))) {
        for (Tab tab : List.copyOf(pane.getTabs())) {
          robot.interact(() -> pane.getSelectionModel().select(tab));
          shoot(robot, "details-" + slug(tab.getText()));
        }
      }
    }
  }

  /** The finding with the longest code, selected: its heading must read whole. */
  private void shootLongestFinding(FxRobot robot) throws IOException {
    ListView<?> findings = robot.lookup("#findings-list").queryAs(ListView.class);
    int longest = 0;
    for (int i = 0; i < findings.getItems().size(); i++) {
      if (code(findings, i).length() > code(findings, longest).length()) {
        longest = i;
      }
    }
    int chosen = longest;
    robot.interact(() -> findings.getSelectionModel().select(chosen));
    shoot(robot, "finding-longest-code");
  }

  private static String code(ListView<?> findings, int index) {
    return ((Finding) findings.getItems().get(index)).code();
  }

  private TabPane faces(FxRobot robot) {
    return (TabPane)
        robot.lookup(".tab-pane").queryAll().stream()
            .filter(n -> n.getStyleClass().contains("faces"))
            .findFirst()
            .orElseThrow();
  }

  /** Types {@code address} (or keeps the field, when null) and traces it to the end. */
  private void trace(FxRobot robot, String address) throws Exception {
    if (address != null) {
      robot.interact(() -> window.traces().input().textProperty().set(address));
    }
    robot.interact(() -> window.traces().trace());
    WaitForAsyncUtils.waitFor(
        TRACE_SECONDS,
        TimeUnit.SECONDS,
        () -> window.traces().status().stateProperty().get() != TraceStatus.State.RUNNING);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void shoot(FxRobot robot, String name) throws IOException {
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(() -> scene.getRoot().applyCss());
    robot.interact(() -> scene.getRoot().layout());
    WritableImage[] image = new WritableImage[1];
    robot.interact(() -> image[0] = scene.snapshot(null));
    robot.interact(
        () -> ClippedLabels.in(scene.getRoot()).forEach(c -> clipped.add(c + " [" + name + "]")));
    write(image[0], OUT.resolve(name + ".png"));
  }

  private static void write(WritableImage image, Path file) throws IOException {
    int w = (int) image.getWidth();
    int h = (int) image.getHeight();
    BufferedImage buffered = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    PixelReader pixels = image.getPixelReader();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        buffered.setRGB(x, y, pixels.getArgb(x, y));
      }
    }
    ImageIO.write(buffered, "png", file.toFile());
  }

  private static String slug(String title) {
    return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }
}
