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

  private static boolean isSet(String value) {
    return value != null && !value.isBlank();
  }
}
