package org.mailpath.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The floor of mailpath's window: the same JVM showing an empty JavaFX stage with one label, the
 * same size. {@link StartupBenchmark} watches the screen for it and then closes it. Like {@code
 * org.mailpath.Main}, the main class is not the Application, so that JavaFX starts from the class
 * path.
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
      stage.setScene(new Scene(new Label("mailpath floor"), 1280, 800));
      stage.show();
    }
  }
}
