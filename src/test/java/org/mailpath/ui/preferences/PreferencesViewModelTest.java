package org.mailpath.ui.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailpath.settings.ProxyPassword;
import org.mailpath.settings.SavedTraceOptions;
import org.mailpath.settings.Settings;
import org.mailpath.settings.SettingsFile;
import org.mailpath.trace.TraceOptions;

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
  void save_sendersAndOwnPostfix_savedAndUsedByTheWindowsTraces() throws IOException {
    Path mainCf = dir.resolve("main.cf");
    Files.writeString(mainCf, "smtp_tls_security_level = encrypt\n");
    PreferencesViewModel model = new PreferencesViewModel(file(), new ProxyPassword());
    model.sendersProperty().set("postfix-may, exim-default");
    model.postfixSenderProperty().set(mainCf.toString());

    assertThat(model.save()).isTrue();

    Settings saved = file().load();
    assertThat(saved.senders()).isEqualTo("postfix-may, exim-default");
    TraceOptions options =
        SavedTraceOptions.applyTo(TraceOptions.defaults(), saved, new ProxyPassword());
    assertThat(options.senders().profilesFor("example.test"))
        .extracting(p -> p.id())
        .containsExactly("postfix-may", "exim-default", "custom-postfix");
  }

  @Test
  void validate_unknownSenderOrBadMainCf_saysWhy() throws IOException {
    Path mainCf = dir.resolve("main.cf");
    Files.writeString(mainCf, "smtp_tls_security_level = sometimes\n");
    PreferencesViewModel model = new PreferencesViewModel(file(), new ProxyPassword());

    model.sendersProperty().set("sendmail");
    assertThat(model.problemsProperty())
        .singleElement()
        .satisfies(p -> assertThat(p).startsWith("Senders: no sender profile sendmail"));

    model.sendersProperty().set("");
    model.postfixSenderProperty().set(mainCf.toString());
    assertThat(model.problemsProperty())
        .singleElement()
        .satisfies(p -> assertThat(p).contains("not a Postfix TLS level: sometimes"));
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
