package org.mailpath.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {

  private static final String HOME = "/home/ann";

  @Test
  void resolve_systemPropertySet_winsOverEnvironment() {
    Path dir = DataDirectory.resolve("/prop", Map.of("MAILPATH_HOME", "/env"), "Linux", HOME);

    assertThat(dir).isEqualTo(Path.of("/prop"));
  }

  @Test
  void resolve_mailpathHomeSet_usesIt() {
    Path dir = DataDirectory.resolve(null, Map.of("MAILPATH_HOME", "/env"), "Linux", HOME);

    assertThat(dir).isEqualTo(Path.of("/env"));
  }

  @Test
  void resolve_mailpathHomeBlank_fallsBackToOsFolder() {
    Path dir = DataDirectory.resolve(null, Map.of("MAILPATH_HOME", " "), "Linux", HOME);

    assertThat(dir).isEqualTo(Path.of(HOME, ".local/share/mailpath"));
  }

  @Test
  void resolve_linuxWithXdgDataHome_usesIt() {
    Path dir = DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", "/data"), "Linux", HOME);

    assertThat(dir).isEqualTo(Path.of("/data/mailpath"));
  }

  @Test
  void resolve_linuxWithRelativeXdgDataHome_ignoresIt() {
    Path dir = DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", "data"), "Linux", HOME);

    assertThat(dir).isEqualTo(Path.of(HOME, ".local/share/mailpath"));
  }

  @Test
  void resolve_macOs_usesApplicationSupport() {
    Path dir = DataDirectory.resolve(null, Map.of(), "Mac OS X", HOME);

    assertThat(dir).isEqualTo(Path.of(HOME, "Library", "Application Support", "mailpath"));
  }

  @Test
  void resolve_windowsWithAppData_usesIt() {
    Path dir = DataDirectory.resolve(null, Map.of("APPDATA", "/roaming"), "Windows 11", HOME);

    assertThat(dir).isEqualTo(Path.of("/roaming", "mailpath"));
  }

  @Test
  void resolve_windowsWithoutAppData_usesRoamingUnderHome() {
    Path dir = DataDirectory.resolve(null, Map.of(), "Windows 11", HOME);

    assertThat(dir).isEqualTo(Path.of(HOME, "AppData", "Roaming", "mailpath"));
  }
}
