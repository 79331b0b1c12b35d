package org.mailpath.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where SQLite's native library is cached, and for which platforms. */
class NativeSqliteTest {

  private static final String HOME = "/home/ann";

  @Test
  void driverFolder_packagedPlatforms_nameTheDriversFolder() {
    assertThat(NativeSqlite.driverFolder("Linux", "amd64")).contains("Linux/x86_64");
    assertThat(NativeSqlite.driverFolder("Mac OS X", "aarch64")).contains("Mac/aarch64");
    assertThat(NativeSqlite.driverFolder("Windows 11", "amd64")).contains("Windows/x86_64");
  }

  @Test
  void driverFolder_otherPlatforms_areLeftToTheDriver() {
    assertThat(NativeSqlite.driverFolder("FreeBSD", "amd64")).isEmpty();
    assertThat(NativeSqlite.driverFolder("Linux", "ppc64le")).isEmpty();
  }

  @Test
  void driverFolder_thisMachine_hasTheLibraryInTheDriver() {
    String folder =
        NativeSqlite.driverFolder(System.getProperty("os.name"), System.getProperty("os.arch"))
            .orElseThrow();
    String name = System.mapLibraryName("sqlitejdbc");

    assertThat(
            org.sqlite.SQLiteJDBCLoader.class.getResource(
                "/org/sqlite/native/" + folder + "/" + name))
        .isNotNull();
  }

  @Test
  void cache_linux_followsXdgCacheHome() {
    assertThat(DataDirectory.cache(null, Map.of("XDG_CACHE_HOME", "/c"), "Linux", HOME))
        .isEqualTo(Path.of("/c/mailpath"));
    assertThat(DataDirectory.cache(null, Map.of("XDG_CACHE_HOME", "rel"), "Linux", HOME))
        .isEqualTo(Path.of(HOME, ".cache/mailpath"));
  }

  @Test
  void cache_otherSystems_useTheirCacheFolders() {
    assertThat(DataDirectory.cache(null, Map.of(), "Mac OS X", HOME))
        .isEqualTo(Path.of(HOME, "Library/Caches/mailpath"));
    assertThat(DataDirectory.cache(null, Map.of("LOCALAPPDATA", "/L"), "Windows 10", HOME))
        .isEqualTo(Path.of("/L/mailpath/cache"));
  }

  @Test
  void cache_chosenDataDirectory_keepsItsCacheInside() {
    assertThat(DataDirectory.cache("/prop", Map.of(), "Linux", HOME))
        .isEqualTo(Path.of("/prop/cache"));
    assertThat(DataDirectory.cache(null, Map.of("MAILPATH_HOME", "/env"), "Linux", HOME))
        .isEqualTo(Path.of("/env/cache"));
  }

  @Test
  void prepare_thenOpen_loadsTheCachedCopy() throws Exception {
    HistoryStore.open(Files.createTempDirectory("native").resolve("history.db")).close();

    String folder = System.getProperty("org.sqlite.lib.path");
    String name = System.getProperty("org.sqlite.lib.name");
    assertThat(folder).as("the driver was pointed at a cached copy").isNotNull();
    assertThat(Path.of(folder, name)).isRegularFile().startsWith(DataDirectory.cache());
    assertThat(Files.size(Path.of(folder, name))).isGreaterThan(100_000);
  }
}
