package org.mailpath.ui.preferences;

import java.io.IOException;
import java.util.function.Supplier;
import javafx.stage.Stage;
import org.mailpath.settings.Settings;
import org.mailpath.settings.SettingsFile;

/**
 * The window's size, type size (presentation zoom) and dividers, kept in the settings file: read
 * when the window opens, written when it closes. A size that cannot be saved is not worth an error
 * dialog on the way out.
 */
public final class WindowSize {

  static final int DEFAULT_WIDTH = 1280;
  static final int DEFAULT_HEIGHT = 800;

  private final SettingsFile file;
  private final Settings saved;

  private WindowSize(SettingsFile file) {
    this.file = file;
    this.saved = file.load();
  }

  /** The size saved in this process's settings file. */
  public static WindowSize saved() {
    return savedIn(SettingsFile.current());
  }

  static WindowSize savedIn(SettingsFile file) {
    return new WindowSize(file);
  }

  public int width() {
    return saved.windowWidth() != null ? saved.windowWidth() : DEFAULT_WIDTH;
  }

  public int height() {
    return saved.windowHeight() != null ? saved.windowHeight() : DEFAULT_HEIGHT;
  }

  /** Where the window's dividers were when it last closed; the default when not saved. */
  public WindowLayout layout() {
    return WindowLayout.parse(saved.windowLayout());
  }

  /** The saved type size, in percent of normal; null when none was saved. */
  public Integer typeSizePercent() {
    return saved.typeSizePercent();
  }

  /**
   * Saves the stage's size, the type size and where the dividers are when it closes, keeping the
   * other settings as they are then.
   */
  public void rememberOnClose(Stage stage, TypeSize typeSize, Supplier<WindowLayout> layout) {
    stage.setOnHiding(
        e -> {
          int width = (int) Math.round(stage.getWidth());
          int height = (int) Math.round(stage.getHeight());
          if (width <= 0 || height <= 0) {
            return;
          }
          try {
            file.save(
                file.load()
                    .withWindowSize(width, height)
                    .withTypeSize(typeSize.percentProperty().get())
                    .withWindowLayout(layout.get().text()));
          } catch (IOException ignored) {
            // the next start opens at the previous size
          }
        });
  }
}
