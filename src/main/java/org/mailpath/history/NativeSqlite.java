package org.mailpath.history;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import org.sqlite.SQLiteJDBCLoader;

/**
 * Loads SQLite's native library from a copy kept in mailpath's cache folder. Left to itself, the
 * SQLite driver runs {@code uname -o}, copies its 1 MB library into the temporary folder, hashes it
 * and loads the copy on every start — a fifth of the start-up time of {@code mailpath history list}
 * — and leaves the copy behind when the process is killed. The driver's documented system
 * properties {@code org.sqlite.lib.path} and {@code org.sqlite.lib.name} point it at the cached
 * copy instead; where no copy can be made (an unknown platform, a read-only cache folder) the
 * driver finds its library as it always does.
 */
final class NativeSqlite {

  private static final String PATH_PROPERTY = "org.sqlite.lib.path";
  private static final String NAME_PROPERTY = "org.sqlite.lib.name";
  private static boolean prepared;

  private NativeSqlite() {}

  /** Points the driver at the cached library, once per process, unless the user already did. */
  static synchronized void prepare() {
    if (prepared) {
      return;
    }
    prepared = true;
    if (System.getProperty(PATH_PROPERTY) != null || System.getProperty(NAME_PROPERTY) != null) {
      return;
    }
    Optional<String> folder =
        driverFolder(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
    if (folder.isEmpty() || isMusl()) {
      return;
    }
    String name = System.mapLibraryName("sqlitejdbc");
    URL resource =
        SQLiteJDBCLoader.class.getResource("/org/sqlite/native/" + folder.get() + "/" + name);
    if (resource == null) {
      return;
    }
    Path cached =
        DataDirectory.cache()
            .resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion())
            .resolve(folder.get())
            .resolve(name);
    try {
      copyUnlessCurrent(resource, cached);
    } catch (IOException | RuntimeException e) {
      return; // the driver extracts its library itself, as without this class
    }
    System.setProperty(PATH_PROPERTY, cached.getParent().toString());
    System.setProperty(NAME_PROPERTY, name);
  }

  /**
   * The driver's folder for this platform ({@code Linux/x86_64}), for the platforms mailpath is
   * packaged for; empty for the rest, which the driver handles itself.
   */
  static Optional<String> driverFolder(String osName, String osArch) {
    String os = osName.toLowerCase(Locale.ROOT);
    String system =
        os.startsWith("windows")
            ? "Windows"
            : os.startsWith("mac") ? "Mac" : os.startsWith("linux") ? "Linux" : null;
    String arch =
        switch (osArch.toLowerCase(Locale.ROOT)) {
          case "amd64", "x86_64" -> "x86_64";
          case "aarch64", "arm64" -> "aarch64";
          default -> null;
        };
    return system == null || arch == null ? Optional.empty() : Optional.of(system + "/" + arch);
  }

  /** Alpine and other musl systems need the driver's Linux-Musl build: left to the driver. */
  private static boolean isMusl() {
    try (var libs = Files.list(Path.of("/lib"))) {
      return libs.anyMatch(p -> p.getFileName().toString().startsWith("ld-musl-"));
    } catch (IOException e) {
      return false;
    }
  }

  /** Writes the library beside its final name and renames it into place, if not there already. */
  private static void copyUnlessCurrent(URL resource, Path cached) throws IOException {
    URLConnection connection = resource.openConnection();
    long size = connection.getContentLengthLong();
    if (size > 0 && Files.isRegularFile(cached) && Files.size(cached) == size) {
      return;
    }
    Files.createDirectories(cached.getParent());
    Path partial =
        Files.createTempFile(cached.getParent(), cached.getFileName().toString(), ".part");
    try (InputStream in = connection.getInputStream()) {
      Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
      Files.move(
          partial, cached, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(partial);
    }
  }
}
