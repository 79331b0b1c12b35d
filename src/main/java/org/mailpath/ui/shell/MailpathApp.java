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
import org.mailpath.settings.ProxyPassword;
import org.mailpath.settings.SavedTraceOptions;
import org.mailpath.settings.SettingsFile;
import org.mailpath.trace.TraceOptions;
import org.mailpath.ui.batch.BatchServices;
import org.mailpath.ui.history.HistorySessionArchive;
import org.mailpath.ui.history.StandardHistoryDialogs;
import org.mailpath.ui.history.UnavailableArchive;
import org.mailpath.ui.preferences.WindowSize;
import org.mailpath.ui.startup.AfterPulse;
import org.mailpath.ui.startup.StartupProbe;
import org.mailpath.ui.trace.ServiceTraceRunner;

/** The JavaFX application: wires the real trace service, history and lab into the window. */
public final class MailpathApp extends Application {

  static final String STYLE_SHEET = "/ui/mailpath.css";
  private static final int[] ICON_SIZES = {32, 64, 128};

  /** About a sixth of a second at 60 pulses a second: see start(). */
  private static final int SETTLING_PULSES = 10;

  private ExecutorService background;

  @Override
  public void start(Stage stage) {
    background = Executors.newCachedThreadPool(daemonThreads());
    Path database = historyDatabase();
    TraceService service = new TraceService(background, Clock.systemUTC(), Lab::shared, database);
    UiServices services =
        new UiServices(
            new ServiceTraceRunner(service, background, database != null, MailpathApp::saved),
            database != null ? new HistorySessionArchive(database) : UnavailableArchive.INSTANCE,
            Lab::scenarios,
            background,
            Platform::runLater,
            new StandardHistoryDialogs(),
            database != null ? batchServices(database) : null);
    MainWindow window = MainWindow.firstFrame(services);
    stage.setTitle("mailpath — mail path analyzer");
    WindowSize size = WindowSize.saved();
    stage.setScene(scene(window, size.width(), size.height()));
    window.typeSize().restore(size.typeSizePercent());
    window.useDividers(size.layout());
    size.rememberOnClose(stage, window.typeSize(), window::dividers);
    stage.setMinWidth(960);
    stage.setMinHeight(600);
    // The first frame has the bars only; the rest is built once it is on screen: a few pulses
    // later, since until the window system has mapped the window and the renderer has drawn it (in
    // software, under Xvfb, about 150 ms), a busy FX thread kept it off the screen. The lab
    // (.test), which is what a new user traces first, starts off the FX thread once the whole
    // window is — not before, where its key generation and zone signing took the CPU the window
    // needed — so that the first lab trace does not wait for it either. Best effort: if it fails
    // (or the window closes first), the first lab trace starts it again and reports why.
    Scene scene = stage.getScene();
    AfterPulse.run(
        scene,
        () -> {
          StartupProbe.markShown();
          AfterPulse.run(
              scene,
              SETTLING_PULSES,
              () -> {
                window.buildTheRest();
                addIcons(stage);
                AfterPulse.run(
                    scene,
                    () -> {
                      background.execute(MailpathApp::startLab);
                      StartupProbe.markWhole(training(window));
                    });
              });
        });
    stage.show();
    window.focusAddress();
  }

  /** The window's icons, decoded after the first frame, which need not wait for them. */
  private static void addIcons(Stage stage) {
    for (int size : ICON_SIZES) {
      stage.getIcons().add(new Image(resource("/ui/icons/mailpath-" + size + ".png")));
    }
  }

  /** The AppCDS training run's work once the window is whole, or null outside one. */
  private Runnable training(MainWindow window) {
    String address = StartupTraining.address();
    return address == null ? null : () -> StartupTraining.run(window.traces(), address, background);
  }

  private static void startLab() {
    try {
      Lab.shared();
    } catch (RuntimeException e) {
      // see start(): the first lab trace starts it again and reports what failed
    }
  }

  /** The trace options the saved settings ask for, read again for each trace. */
  private static TraceOptions saved() {
    return SavedTraceOptions.applyTo(
        TraceOptions.defaults(), SettingsFile.current().load(), ProxyPassword.process());
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

  /** A scene with mailpath's style sheet, 1280×800 by default or the size given. */
  static Scene scene(MainWindow window) {
    return scene(window, 1280, 800);
  }

  static Scene scene(MainWindow window, double width, double height) {
    Scene scene = new Scene(window, width, height);
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
