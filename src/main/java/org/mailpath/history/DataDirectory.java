package org.mailpath.history;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where mailpath keeps its data. In order: the system property {@value #HOME_PROPERTY} (for tests
 * and launch scripts), the environment variable {@value #HOME_VARIABLE} (DESIGN.md), then the
 * operating system's per-user application-data folder.
 */
final class DataDirectory {

  static final String HOME_PROPERTY = "mailpath.home";
  static final String HOME_VARIABLE = "MAILPATH_HOME";
  static final String CACHE_PROPERTY = "mailpath.cache";
  static final String APP_FOLDER = "mailpath";

  private DataDirectory() {}

  /** The data directory of this process. */
  static Path current() {
    return resolve(
        System.getProperty(HOME_PROPERTY),
        System.getenv(),
        System.getProperty("os.name", ""),
        System.getProperty("user.home"));
  }

  static Path resolve(
      String homeProperty, Map<String, String> env, String osName, String userHome) {
    if (isSet(homeProperty)) {
      return Path.of(homeProperty);
    }
    if (isSet(env.get(HOME_VARIABLE))) {
      return Path.of(env.get(HOME_VARIABLE));
    }
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.startsWith("windows")) {
      String appData = env.get("APPDATA");
      Path base = isSet(appData) ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
      return base.resolve(APP_FOLDER);
    }
    if (os.startsWith("mac")) {
      return Path.of(userHome, "Library", "Application Support", APP_FOLDER);
    }
    // XDG Base Directory Specification: a relative $XDG_DATA_HOME is invalid and must be ignored.
    String xdg = env.get("XDG_DATA_HOME");
    Path base =
        isSet(xdg) && Path.of(xdg).isAbsolute()
            ? Path.of(xdg)
            : Path.of(userHome, ".local", "share");
    return base.resolve(APP_FOLDER);
  }

  /**
   * Where mailpath keeps files it can make again (SQLite's native library): the system property
   * {@value #CACHE_PROPERTY} (for tests and launch scripts); {@code cache} inside a data directory
   * chosen by {@value #HOME_PROPERTY} or {@value #HOME_VARIABLE}; otherwise the operating system's
   * per-user cache folder ({@code $XDG_CACHE_HOME/mailpath} or {@code ~/.cache/mailpath}, {@code
   * ~/Library/Caches/mailpath}, {@code %LOCALAPPDATA%\mailpath\cache}).
   */
  static Path cache() {
    String chosen = System.getProperty(CACHE_PROPERTY);
    if (isSet(chosen)) {
      return Path.of(chosen);
    }
    return cache(
        System.getProperty(HOME_PROPERTY),
        System.getenv(),
        System.getProperty("os.name", ""),
        System.getProperty("user.home"));
  }

  static Path cache(String homeProperty, Map<String, String> env, String osName, String userHome) {
    if (isSet(homeProperty) || isSet(env.get(HOME_VARIABLE))) {
      return resolve(homeProperty, env, osName, userHome).resolve("cache");
    }
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.startsWith("windows")) {
      String local = env.get("LOCALAPPDATA");
      Path base = isSet(local) ? Path.of(local) : Path.of(userHome, "AppData", "Local");
      return base.resolve(APP_FOLDER).resolve("cache");
    }
    if (os.startsWith("mac")) {
      return Path.of(userHome, "Library", "Caches", APP_FOLDER);
    }
    String xdg = env.get("XDG_CACHE_HOME");
    Path base =
        isSet(xdg) && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(userHome, ".cache");
    return base.resolve(APP_FOLDER);
  }

  private static boolean isSet(String value) {
    return value != null && !value.isBlank();
  }
}
