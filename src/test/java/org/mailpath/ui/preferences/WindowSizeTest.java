package org.mailpath.ui.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mailpath.settings.Settings;
import org.mailpath.settings.SettingsFile;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Closing the window keeps its size, type size and dividers for the next start. */
@ExtendWith(ApplicationExtension.class)
class WindowSizeTest {

  @TempDir Path dir;

  @Test
  void closing_savesSizeTypeSizeAndDividers_keepingTheRest(FxRobot robot) throws Exception {
    SettingsFile file = new SettingsFile(dir.resolve("settings.properties"));
    file.save(Settings.NONE.withTraceOptions("127.0.0.1:5353", null, null, 30));
    WindowSize size = WindowSize.savedIn(file);
    TypeSize typeSize = new TypeSize();
    WindowLayout moved = new WindowLayout(0.3, 0.5, 0.7);

    robot.interact(
        () -> {
          Stage stage = new Stage();
          stage.setScene(new Scene(new Pane(), 1000, 700));
          size.rememberOnClose(stage, typeSize, () -> moved);
          typeSize.larger();
          stage.show();
          stage.hide();
        });

    Settings saved = file.load();
    assertThat(saved.windowWidth()).isEqualTo(1000);
    assertThat(saved.windowHeight()).isEqualTo(700);
    assertThat(saved.typeSizePercent()).isEqualTo(110);
    assertThat(saved.dnsServer()).isEqualTo("127.0.0.1:5353");
    WindowSize reopened = WindowSize.savedIn(file);
    assertThat(reopened.layout()).isEqualTo(moved);
    assertThat(reopened.width()).isEqualTo(1000);
  }

  @Test
  void nothingSaved_theDefaults() {
    WindowSize none = WindowSize.savedIn(new SettingsFile(dir.resolve("absent.properties")));

    assertThat(none.width()).isEqualTo(1280);
    assertThat(none.height()).isEqualTo(800);
    assertThat(none.layout()).isEqualTo(WindowLayout.DEFAULT);
  }
}
