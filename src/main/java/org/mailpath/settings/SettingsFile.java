package org.mailpath.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The settings file, {@value #FILE_NAME} in the OS's per-user configuration folder, or the file
 * that the environment variable {@value #CONFIG_VARIABLE} (or the system property {@value
 * #CONFIG_PROPERTY}, for tests) names. A Java properties file a person can edit: a missing file, a
 * missing key or a value that does not parse means "not set".
 */
public final class SettingsFile {

  static final String CONFIG_PROPERTY = "mailpath.config";
  static final String CONFIG_VARIABLE = "MAILPATH_CONFIG";
  static final String FILE_NAME = "settings.properties";
  private static final String APP_FOLDER = "mailpath";

  private static final String WIDTH = "window.width";
  private static final String HEIGHT = "window.height";
  private static final String TYPE_SIZE = "window.type-size-percent";
  private static final String LAYOUT = "window.dividers";
  private static final String DNS = "trace.dns";
  private static final String CA_FILE = "trace.ca-file";
  private static final String TRUST_ANCHOR = "trace.trust-anchor";
  private static final String TIMEOUT = "trace.timeout-seconds";
  private static final String PROXY = "trace.proxy";
  private static final String PROXY_DNS = "trace.proxy-dns";
  private static final String SENDERS = "trace.senders";
  private static final String POSTFIX_SENDER = "trace.postfix-sender";

  private final Path file;

  public SettingsFile(Path file) {
    this.file = file;
  }

  /** The settings file of this process. */
  public static SettingsFile current() {
    return new SettingsFile(
        locate(
            System.getProperty(CONFIG_PROPERTY),
            System.getenv(),
            System.getProperty("os.name", ""),
            System.getProperty("user.home")));
  }

  static Path locate(String property, Map<String, String> env, String osName, String userHome) {
    if (isSet(property)) {
      return Path.of(property);
    }
    if (isSet(env.get(CONFIG_VARIABLE))) {
      return Path.of(env.get(CONFIG_VARIABLE));
    }
    String os = osName.toLowerCase(Locale.ROOT);
    Path folder;
    if (os.startsWith("windows")) {
      String appData = env.get("APPDATA");
      folder = isSet(appData) ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
    } else if (os.startsWith("mac")) {
      folder = Path.of(userHome, "Library", "Application Support");
    } else {
      // XDG Base Directory Specification: a relative $XDG_CONFIG_HOME is invalid and is ignored.
      String xdg = env.get("XDG_CONFIG_HOME");
      folder =
          isSet(xdg) && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(userHome, ".config");
    }
    return folder.resolve(APP_FOLDER).resolve(FILE_NAME);
  }

  public Path path() {
    return file;
  }

  /** The saved settings; {@link Settings#NONE} when there is no file or it cannot be read. */
  public Settings load() {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(in);
    } catch (NoSuchFileException e) {
      return Settings.NONE;
    } catch (IOException | IllegalArgumentException e) {
      return Settings.NONE; // unreadable or malformed: start with the defaults, do not fail
    }
    return new Settings(
        positive(p.getProperty(WIDTH)),
        positive(p.getProperty(HEIGHT)),
        text(p.getProperty(DNS)),
        path(p.getProperty(CA_FILE)),
        path(p.getProperty(TRUST_ANCHOR)),
        positive(p.getProperty(TIMEOUT)),
        text(p.getProperty(PROXY)),
        Boolean.parseBoolean(text(p.getProperty(PROXY_DNS))),
        text(p.getProperty(SENDERS)),
        path(p.getProperty(POSTFIX_SENDER)),
        positive(p.getProperty(TYPE_SIZE)),
        text(p.getProperty(LAYOUT)));
  }

  /** Writes {@code settings}, creating the folder; written beside and moved in place. */
  public void save(Settings settings) throws IOException {
    Properties p = new Properties();
    put(p, WIDTH, settings.windowWidth());
    put(p, HEIGHT, settings.windowHeight());
    put(p, DNS, settings.dnsServer());
    put(p, CA_FILE, settings.caFile());
    put(p, TRUST_ANCHOR, settings.trustAnchor());
    put(p, TIMEOUT, settings.timeoutSeconds());
    put(p, PROXY, settings.proxy());
    if (settings.proxyDns()) {
      put(p, PROXY_DNS, true);
    }
    put(p, SENDERS, settings.senders());
    put(p, POSTFIX_SENDER, settings.postfixSender());
    put(p, TYPE_SIZE, settings.typeSizePercent());
    put(p, LAYOUT, settings.windowLayout());
    Path target = file.toAbsolutePath();
    Files.createDirectories(target.getParent());
    Path part = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
    try {
      try (Writer out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
        p.store(out, "mailpath settings; command-line options override them");
      }
      Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(part);
    }
  }

  private static void put(Properties p, String key, Object value) {
    if (value != null) {
      p.setProperty(key, value.toString());
    }
  }

  private static Integer positive(String value) {
    try {
      int n = Integer.parseInt(value == null ? "" : value.trim());
      return n > 0 ? n : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String text(String value) {
    return isSet(value) ? value.trim() : null;
  }

  private static Path path(String value) {
    try {
      return isSet(value) ? Path.of(value.trim()) : null;
    } catch (InvalidPathException e) {
      return null;
    }
  }

  private static boolean isSet(String value) {
    return value != null && !value.isBlank();
  }
}
