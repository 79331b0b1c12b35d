package org.mailpath.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.mailpath.ui.startup.AfterPulse;

/**
 * The floor of mailpath's window: the same JVM showing an empty JavaFX stage with one label, the
 * same size, marked when its first frame is drawn ({@link AfterPulse}) the way {@code
 * org.mailpath.ui.startup.StartupProbe} marks mailpath's (the wall-clock millis written to the file
 * named by {@code mailpath.startupProbe}), then closed. Like {@code org.mailpath.Main}, the main
 * class is not the Application, so that JavaFX starts from the class path.
 */
public final class LabelWindow {

  private LabelWindow() {}

  public static void main(String[] args) {
    Application.launch(Window.class, args);
  }

  /** The stage with one label. */
  public static final class Window extends Application {
    @Override
    public void start(Stage stage) {
      Scene scene = new Scene(new Label("mailpath floor"), 1280, 800);
      stage.setScene(scene);
      AfterPulse.run(
          scene,
          () -> {
            StartupBenchmark.mark(System.getProperty("mailpath.startupProbe"));
            Platform.exit();
          });
      stage.show();
    }
  }
}
