package org.mailpath.ui.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.mailpath.app.TraceService;
import org.mailpath.history.HistoryStore;
import org.mailpath.lab.Lab;
import org.mailpath.ui.batch.BatchServices;
import org.mailpath.ui.history.HistorySessionArchive;
import org.mailpath.ui.history.StandardHistoryDialogs;
import org.mailpath.ui.history.UnavailableArchive;
import org.mailpath.ui.trace.ServiceTraceRunner;

/** The JavaFX application: wires the real trace service, history and lab into the window. */
public final class MailpathApp extends Application {

  static final String STYLE_SHEET = "/ui/mailpath.css";
  private static final int[] ICON_SIZES = {32, 64, 128};

  private ExecutorService background;

  @Override
  public void start(Stage stage) {
    background = Executors.newCachedThreadPool(daemonThreads());
    Path database = historyDatabase();
    TraceService service = new TraceService(background, Clock.systemUTC(), Lab::shared, database);
    UiServices services =
        new UiServices(
            new ServiceTraceRunner(service, background, database != null),
            database != null ? new HistorySessionArchive(database) : UnavailableArchive.INSTANCE,
            Lab::scenarios,
            background,
            Platform::runLater,
            new StandardHistoryDialogs(),
            database != null ? batchServices(database) : null);
    MainWindow window = new MainWindow(services);
    stage.setTitle("mailpath — mail path analyzer");
    for (int size : ICON_SIZES) {
      stage.getIcons().add(new Image(resource("/ui/icons/mailpath-" + size + ".png")));
    }
    stage.setScene(scene(window));
    stage.setMinWidth(960);
    stage.setMinHeight(600);
    stage.show();
    window.focusAddress();
  }

  /** Batch traces store each result once, with its run; so their service stores nothing. */
  private BatchServices batchServices(Path database) {
    Clock clock = Clock.systemUTC();
    return BatchServices.of(
        new TraceService(background, clock, Lab::shared, null), database, clock);
  }

  /** The history database, or null when there is none: traces then run without being stored. */
  private static Path historyDatabase() {
    try {
      return HistoryStore.defaultDatabase();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** A scene with mailpath's style sheet, 1280×800 by default. */
  static Scene scene(MainWindow window) {
    Scene scene = new Scene(window, 1280, 800);
    scene.getStylesheets().add(styleSheet());
    return scene;
  }

  static String styleSheet() {
    return resource(STYLE_SHEET);
  }

  private static String resource(String path) {
    return Objects.requireNonNull(MailpathApp.class.getResource(path), path).toExternalForm();
  }

  @Override
  public void stop() {
    if (background != null) {
      background.shutdownNow(); // cancels running traces; the engine closes its sockets
    }
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "mailpath-worker-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
