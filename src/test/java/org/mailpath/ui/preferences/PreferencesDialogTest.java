package org.mailpath.ui.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mailpath.settings.SettingsFile;
import org.mailpath.ui.shell.FakeServices;
import org.mailpath.ui.shell.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Preferences dialog in the window, saving to a settings file of the test's own (the {@code
 * mailpath.config} property, restored afterwards).
 */
@ExtendWith(ApplicationExtension.class)
class PreferencesDialogTest {

  private static final String CONFIG = "mailpath.config";

  @TempDir Path dir;
  private String before;
  private Path settings;

  @BeforeEach
  void useOwnSettingsFile() {
    before = System.getProperty(CONFIG);
    settings = dir.resolve("settings.properties");
    System.setProperty(CONFIG, settings.toString());
  }

  @AfterEach
  void restoreSettingsFile() {
    if (before == null) {
      System.clearProperty(CONFIG);
    } else {
      System.setProperty(CONFIG, before);
    }
  }

  @Start
  void start(Stage stage) {
    MainWindow window = new MainWindow(FakeServices.none());
    stage.setScene(new Scene(window, 1280, 800));
    stage.show();
  }

  @Test
  void menuPreferences_fillProxyAndSave_fileHasTheProxy(FxRobot robot) throws IOException {
    robot.clickOn("Edit").clickOn("Preferences…");
    WaitForAsyncUtils.waitForFxEvents();

    robot.clickOn("#prefs-proxy").write("socks5://127.0.0.1:1080");
    robot.clickOn("#prefs-proxy-dns");
    robot.clickOn("#preferences-save");
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(robot.lookup("#preferences").tryQuery()).isEmpty();
    assertThat(new SettingsFile(settings).load().proxy()).isEqualTo("socks5://127.0.0.1:1080");
    assertThat(new SettingsFile(settings).load().proxyDns()).isTrue();
    assertThat(Files.readString(settings)).contains("trace.proxy=");
  }

  @Test
  void menuPreferences_badProxy_saveDisabledAndSentenceShown(FxRobot robot) {
    robot.clickOn("Edit").clickOn("Preferences…");
    WaitForAsyncUtils.waitForFxEvents();

    robot.clickOn("#prefs-proxy").write("socks5://me@proxy.example:1080");

    assertThat(robot.lookup("#preferences-save").query().isDisabled()).isTrue();
    assertThat(robot.lookup("#prefs-problems").queryAs(Label.class).getText())
        .startsWith("Give the proxy's password too");
    assertThat(settings).doesNotExist();
  }

  @Test
  void statusBar_noTraceShown_noRouteAndNoProxyLink(FxRobot robot) {
    assertThat(robot.lookup("#status-route").queryAs(Label.class).getText()).isEmpty();
    assertThat(robot.lookup("#status-set-proxy").queryAs(Hyperlink.class).isVisible()).isFalse();
  }
}
