package org.mailpath.ui.shell;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.mailpath.app.TraceService;
import org.mailpath.lab.Lab;
import org.mailpath.ui.batch.BatchServices;
import org.mailpath.ui.batch.BatchViewModel;
import org.mailpath.ui.history.HistorySessionArchive;
import org.mailpath.ui.history.StandardHistoryDialogs;
import org.mailpath.ui.trace.ServiceTraceRunner;

/**
 * Not a test: opens the real window (1280×800) on a fresh history database, runs a batch of twenty
 * bulk lab targets in the Batch tab and writes a PNG of the window when it has finished. Arguments:
 * database file, PNG file.
 */
public final class BatchViewShot extends Application {

  /** The java launcher refuses a main class that extends Application outside a module. */
  public static final class Launch {
    public static void main(String[] args) {
      Application.launch(BatchViewShot.class, args);
    }
  }

  @Override
  public void start(Stage stage) {
    Path database = Path.of(getParameters().getRaw().get(0));
    File out = new File(getParameters().getRaw().get(1));
    ExecutorService background = Executors.newCachedThreadPool();
    Clock clock = Clock.systemUTC();
    TraceService service = new TraceService(background, clock, Lab::shared, database);
    MainWindow window =
        new MainWindow(
            new UiServices(
                new ServiceTraceRunner(service, background, true),
                new HistorySessionArchive(database),
                Lab::scenarios,
                background,
                Platform::runLater,
                new StandardHistoryDialogs(),
                BatchServices.of(
                    new TraceService(background, clock, Lab::shared, null), database, clock)));
    Scene scene = MailpathApp.scene(window);
    stage.setScene(scene);
    stage.show();
    TabPane faces = (TabPane) scene.lookup(".faces");
    faces.getSelectionModel().select(faces.getTabs().size() - 1);
    BatchViewModel batch =
        (BatchViewModel) scene.lookup("#batch-view").getProperties().get("model");
    StringBuilder targets = new StringBuilder();
    for (int i = 1; i <= 20; i++) {
      targets.append(String.format("alice@d%04d.bulk.test%n", i));
    }
    batch.targetsProperty().set(targets.toString());
    batch
        .runningProperty()
        .addListener(
            (o, was, now) -> {
              if (!now) {
                PauseTransition settle = new PauseTransition(Duration.seconds(1.5));
                settle.setOnFinished(
                    e -> {
                      write(scene, out);
                      background.shutdownNow();
                      Platform.exit();
                    });
                settle.play();
              }
            });
    batch.start();
  }

  private static void write(Scene scene, File file) {
    WritableImage image = scene.snapshot(null);
    int width = (int) image.getWidth();
    int height = (int) image.getHeight();
    BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    PixelReader pixels = image.getPixelReader();
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        buffered.setRGB(x, y, pixels.getArgb(x, y));
      }
    }
    try {
      ImageIO.write(buffered, "png", file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
