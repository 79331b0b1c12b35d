package org.mailpath.ui.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailpath.settings.ProxyPassword;
import org.mailpath.settings.Settings;
import org.mailpath.settings.SettingsFile;

/** Validation and saving, on a settings file of the test's own (no FX thread needed). */
class PreferencesViewModelTest {

  @TempDir Path dir;

  private SettingsFile file() {
    return new SettingsFile(dir.resolve("settings.properties"));
  }

  @Test
  void validate_emptyFields_validWithNoProblems() {
    PreferencesViewModel model = new PreferencesViewModel(file(), new ProxyPassword());

    assertThat(model.validProperty().get()).isTrue();
    assertThat(model.problemsProperty()).isEmpty();
  }

  @Test
  void validate_badFields_oneSentencePerField() {
    PreferencesViewModel model = new PreferencesViewModel(file(), new ProxyPassword());

    model.dnsServerProperty().set("127.0.0.1:99999");
    model.caFileProperty().set(dir.resolve("missing.pem").toString());
    model.timeoutProperty().set("soon");
    model.proxyProperty().set("http://proxy.example:3128");

    assertThat(model.validProperty().get()).isFalse();
    assertThat(model.problemsProperty())
        .hasSize(4)
        .anySatisfy(p -> assertThat(p).startsWith("The DNS server's port"))
        .anySatisfy(p -> assertThat(p).startsWith("The CA file: ").endsWith("does not exist."))
        .anySatisfy(p -> assertThat(p).startsWith("The timeout must be a whole number"))
        .anySatisfy(p -> assertThat(p).contains("only SOCKS5 proxies").doesNotContain("--proxy"));
  }

  @Test
  void validate_proxyDnsWithoutProxy_saysItNeedsOne() {
    PreferencesViewModel model = new PreferencesViewModel(file(), new ProxyPassword());

    model.proxyDnsProperty().set(true);

    assertThat(model.problemsProperty())
        .containsExactly("Sending DNS through the proxy needs a proxy.");
  }

  @Test
  void save_invalid_writesNothing() {
    PreferencesViewModel model = new PreferencesViewModel(file(), new ProxyPassword());
    model.timeoutProperty().set("0");

    assertThat(model.save()).isFalse();
    assertThat(file().path()).doesNotExist();
  }

  @Test
  void save_thenLoad_sameFieldsAndWindowSizeKept() throws IOException {
    file().save(Settings.NONE.withWindowSize(1400, 900));
    PreferencesViewModel model = new PreferencesViewModel(file(), new ProxyPassword());
    model.dnsServerProperty().set("127.0.0.1:5353");
    model.timeoutProperty().set("30");
    model.proxyProperty().set("socks5://127.0.0.1:1080");
    model.proxyDnsProperty().set(true);

    assertThat(model.save()).isTrue();

    PreferencesViewModel reopened = new PreferencesViewModel(file(), new ProxyPassword());
    assertThat(reopened.dnsServerProperty().get()).isEqualTo("127.0.0.1:5353");
    assertThat(reopened.timeoutProperty().get()).isEqualTo("30");
    assertThat(reopened.proxyProperty().get()).isEqualTo("socks5://127.0.0.1:1080");
    assertThat(reopened.proxyDnsProperty().get()).isTrue();
    assertThat(file().load().windowWidth()).isEqualTo(1400);
  }

  @Test
  void save_proxyWithPassword_fileHasNoPasswordAndMemoryHasIt() throws IOException {
    ProxyPassword memory = new ProxyPassword();
    PreferencesViewModel model = new PreferencesViewModel(file(), memory);
    model.proxyProperty().set("socks5://me:s3cret@proxy.example:1080");

    assertThat(model.save()).isTrue();

    assertThat(Files.readString(file().path())).doesNotContain("s3cret");
    assertThat(file().load().proxy()).isEqualTo("socks5://me@proxy.example:1080");
    assertThat(memory.resolve(file().load().proxy()).password()).isEqualTo("s3cret");
    assertThat(new PreferencesViewModel(file(), memory).validProperty().get()).isTrue();
  }

  @Test
  void load_savedProxyUserWithoutPasswordInMemory_asksForThePassword() throws IOException {
    file().save(Settings.NONE.withProxy("socks5://me@proxy.example:1080", false));

    PreferencesViewModel model = new PreferencesViewModel(file(), new ProxyPassword());

    assertThat(model.problemsProperty())
        .singleElement()
        .satisfies(p -> assertThat(p).startsWith("Give the proxy's password too"));
  }
}
