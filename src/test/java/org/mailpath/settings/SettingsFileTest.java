package org.mailpath.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsFileTest {

  @TempDir Path dir;

  @Test
  void load_noFile_nothingSet() {
    assertThat(new SettingsFile(dir.resolve("absent.properties")).load()).isEqualTo(Settings.NONE);
  }

  @Test
  void save_thenLoad_sameSettings() throws IOException {
    SettingsFile file = new SettingsFile(dir.resolve("sub/settings.properties"));
    Settings saved = everyFieldSet();

    file.save(saved);

    assertThat(file.load()).isEqualTo(saved);
    assertThat(Files.readString(file.path())).contains("window.dividers=0.300 0.500 0.700");
  }

  @Test
  void withers_changeOnlyTheirFields() {
    Settings all = everyFieldSet();

    assertThat(all)
        .isEqualTo(
            new Settings(
                1400,
                900,
                "127.0.0.1:5353",
                Path.of("/etc/ca.pem"),
                Path.of("/tmp/ta"),
                30,
                "socks5://me@127.0.0.1:1080",
                true,
                "postfix-may,exim-default",
                Path.of("/etc/postfix/main.cf"),
                150,
                "0.300 0.500 0.700"));
    assertThat(all.withTypeSize(100).withWindowSize(1280, 800).withTypeSize(150))
        .isEqualTo(all.withWindowSize(1280, 800));
  }

  /** Each field set by its wither. */
  private static Settings everyFieldSet() {
    return Settings.NONE
        .withWindowSize(1400, 900)
        .withTraceOptions("127.0.0.1:5353", Path.of("/etc/ca.pem"), Path.of("/tmp/ta"), 30)
        .withProxy("socks5://me@127.0.0.1:1080", true)
        .withSenders("postfix-may,exim-default", Path.of("/etc/postfix/main.cf"))
        .withTypeSize(150)
        .withWindowLayout("0.300 0.500 0.700");
  }

  @Test
  void save_proxyDnsOff_writesNoProxyDnsKey() throws IOException {
    SettingsFile file = new SettingsFile(dir.resolve("settings.properties"));

    file.save(Settings.NONE.withProxy("socks5://127.0.0.1:1080", false));

    assertThat(Files.readString(file.path()))
        .contains("trace.proxy=socks5\\://127.0.0.1\\:1080")
        .doesNotContain("proxy-dns");
  }

  @Test
  void load_badValues_treatedAsNotSet() throws IOException {
    Path path = dir.resolve("settings.properties");
    Files.writeString(
        path,
        "window.width=wide\nwindow.height=-5\ntrace.timeout-seconds=0\ntrace.dns=  \n"
            + "window.type-size-percent=big\n");

    assertThat(new SettingsFile(path).load()).isEqualTo(Settings.NONE);
  }

  @Test
  void locate_environmentVariable_overridesTheOsFolder() {
    Path file =
        SettingsFile.locate(null, Map.of("MAILPATH_CONFIG", "/tmp/x.properties"), "Linux", "/h");

    assertThat(file).isEqualTo(Path.of("/tmp/x.properties"));
  }

  @Test
  void locate_linux_xdgConfigHomeOrDotConfig() {
    assertThat(SettingsFile.locate(null, Map.of("XDG_CONFIG_HOME", "/c"), "Linux", "/h"))
        .isEqualTo(Path.of("/c/mailpath/settings.properties"));
    assertThat(SettingsFile.locate(null, Map.of("XDG_CONFIG_HOME", "rel"), "Linux", "/h"))
        .isEqualTo(Path.of("/h/.config/mailpath/settings.properties"));
  }

  @Test
  void locate_windowsAndMac_perUserFolders() {
    assertThat(SettingsFile.locate(null, Map.of("APPDATA", "/a"), "Windows 11", "/h"))
        .isEqualTo(Path.of("/a/mailpath/settings.properties"));
    assertThat(SettingsFile.locate(null, Map.of(), "Mac OS X", "/h"))
        .isEqualTo(Path.of("/h/Library/Application Support/mailpath/settings.properties"));
  }
}
