package org.mailpath.ui.exposure;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.mailpath.exposure.Protection;

/**
 * Shows the Exposure view alone in a 1280×800 window, for screenshots: {@code ExposureViewDemo
 * [good|nostarttls|tls10|multi] [smime|smime-hp|pgp|none…]}.
 */
public final class ExposureViewDemo {

  public static void main(String[] args) {
    Application.launch(DemoApp.class, args);
  }

  public static final class DemoApp extends Application {
    @Override
    public void start(Stage stage) {
      var args = getParameters().getRaw();
      ExposureViewModel model = new ExposureViewModel();
      model.showConnections(DemoConnections.of(args.isEmpty() ? "good" : args.get(0)));
      if (args.size() > 1) {
        model.protectionProperty().set(Protection.byCliName(args.get(1)).orElseThrow());
      }
      stage.setScene(
          new Scene(new javafx.scene.layout.StackPane(new ExposureView(model).node()), 1280, 800));
      stage.setTitle("mailpath — Exposure");
      stage.show();
      javafx.application.Platform.runLater(() -> stage.getScene().getRoot().requestFocus());
    }
  }
}
