package org.mailpath.ui.preferences;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import org.mailpath.bounds.LocalFileException;
import org.mailpath.context.proxy.Socks5Proxy;
import org.mailpath.dns.TrustAnchors;
import org.mailpath.pki.Certificates;
import org.mailpath.settings.DnsServer;
import org.mailpath.settings.ProxyPassword;
import org.mailpath.settings.SenderChoice;
import org.mailpath.settings.Settings;
import org.mailpath.settings.SettingsFile;

/**
 * The Preferences dialog's state: the saved trace settings as editable text, one sentence per field
 * that cannot be used, and saving them. A proxy password is remembered in memory ({@link
 * ProxyPassword}); the file keeps the proxy's URL without it.
 */
public final class PreferencesViewModel {

  /** The CLI's bound for --timeout: a trace longer than an hour is stuck, not thorough. */
  static final int MAX_TIMEOUT_SECONDS = 3600;

  private final SettingsFile file;
  private final ProxyPassword passwords;

  private final StringProperty dnsServer = new SimpleStringProperty(this, "dnsServer", "");
  private final StringProperty caFile = new SimpleStringProperty(this, "caFile", "");
  private final StringProperty trustAnchor = new SimpleStringProperty(this, "trustAnchor", "");
  private final StringProperty timeout = new SimpleStringProperty(this, "timeout", "");
  private final StringProperty proxy = new SimpleStringProperty(this, "proxy", "");
  private final BooleanProperty proxyDns = new SimpleBooleanProperty(this, "proxyDns");
  private final StringProperty senders = new SimpleStringProperty(this, "senders", "");
  private final StringProperty postfixSender = new SimpleStringProperty(this, "postfixSender", "");

  private final ReadOnlyListWrapper<String> problems =
      new ReadOnlyListWrapper<>(this, "problems", FXCollections.observableArrayList());
  private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);
  private final ReadOnlyStringWrapper saveError = new ReadOnlyStringWrapper(this, "saveError", "");

  public PreferencesViewModel(SettingsFile file, ProxyPassword passwords) {
    this.file = file;
    this.passwords = passwords;
    Settings saved = file.load();
    dnsServer.set(text(saved.dnsServer()));
    caFile.set(text(saved.caFile()));
    trustAnchor.set(text(saved.trustAnchor()));
    timeout.set(text(saved.timeoutSeconds()));
    proxy.set(text(saved.proxy()));
    proxyDns.set(saved.proxyDns());
    senders.set(text(saved.senders()));
    postfixSender.set(text(saved.postfixSender()));
    for (Observable input :
        List.of(dnsServer, caFile, trustAnchor, timeout, proxy, proxyDns, senders, postfixSender)) {
      input.addListener(o -> validate());
    }
    validate();
  }

  /**
   * Writes the settings, keeping the window size and anything else not shown here.
   *
   * @return whether they were saved; if not, {@link #problemsProperty()} or {@link
   *     #saveErrorProperty()} says why
   */
  public boolean save() {
    validate();
    if (!valid.get()) {
      return false;
    }
    String savedProxy = proxy.get().isBlank() ? null : passwords.remember(proxy());
    Settings next =
        file.load()
            .withTraceOptions(
                blankToNull(dnsServer.get()),
                path(caFile.get()),
                path(trustAnchor.get()),
                seconds())
            .withProxy(savedProxy, savedProxy != null && proxyDns.get())
            .withSenders(blankToNull(senders.get()), path(postfixSender.get()));
    try {
      file.save(next);
      saveError.set("");
      return true;
    } catch (IOException e) {
      saveError.set("The settings could not be saved in " + file.path() + ": " + e.getMessage());
      return false;
    }
  }

  private void validate() {
    List<String> found = new ArrayList<>();
    if (!dnsServer.get().isBlank()) {
      try {
        DnsServer.parse(dnsServer.get());
      } catch (IllegalArgumentException e) {
        found.add(e.getMessage());
      }
    }
    checkFile("The CA file", caFile.get(), found, true);
    checkFile("The trust anchor file", trustAnchor.get(), found, false);
    if (!timeout.get().isBlank() && seconds() == null) {
      found.add(
          "The timeout must be a whole number of seconds from 1 to " + MAX_TIMEOUT_SECONDS + ".");
    }
    if (!proxy.get().isBlank()) {
      try {
        proxy();
      } catch (IllegalArgumentException e) {
        found.add(proxyProblem(e));
      }
    } else if (proxyDns.get()) {
      found.add("Sending DNS through the proxy needs a proxy.");
    }
    if (!senders.get().isBlank() || !postfixSender.get().isBlank()) {
      try {
        SenderChoice.lineup(senders.get(), path(postfixSender.get()));
      } catch (IllegalArgumentException e) { // includes InvalidPathException
        found.add("Senders: " + e.getMessage() + ".");
      }
    }
    problems.setAll(found);
    valid.set(found.isEmpty());
  }

  private Socks5Proxy proxy() {
    return passwords.resolve(proxy.get().trim());
  }

  private String proxyProblem(IllegalArgumentException e) {
    if (ProxyPassword.lacksPassword(proxy.get().trim())) {
      return "Give the proxy's password too, as socks5://USER:PASSWORD@HOST:PORT; mailpath keeps it"
          + " in memory until it closes and saves the URL without it.";
    }
    // Socks5Proxy speaks to the CLI ("--proxy URL ..."); the dialog has no option names.
    String reason = e.getMessage().replaceFirst("^--proxy ", "The proxy ");
    reason = reason.substring(0, 1).toUpperCase(Locale.ROOT) + reason.substring(1);
    return reason.endsWith(".") ? reason : reason + ".";
  }

  private static void checkFile(String what, String text, List<String> found, boolean pem) {
    if (text.isBlank()) {
      return;
    }
    try {
      Path file = Path.of(text.trim());
      if (pem) {
        Certificates.fromPemFile(file);
      } else {
        TrustAnchors.fromFile(file);
      }
    } catch (InvalidPathException e) {
      found.add(what + " " + text + " is not a valid file name.");
    } catch (LocalFileException e) {
      found.add(what + ": " + e.getMessage());
    }
  }

  private Integer seconds() {
    try {
      int n = Integer.parseInt(timeout.get().trim());
      return n >= 1 && n <= MAX_TIMEOUT_SECONDS ? n : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Path path(String text) {
    return text.isBlank() ? null : Path.of(text.trim());
  }

  private static String blankToNull(String text) {
    return text.isBlank() ? null : text.trim();
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  public StringProperty dnsServerProperty() {
    return dnsServer;
  }

  public StringProperty caFileProperty() {
    return caFile;
  }

  public StringProperty trustAnchorProperty() {
    return trustAnchor;
  }

  /** Whole seconds; empty for the default. */
  public StringProperty timeoutProperty() {
    return timeout;
  }

  /** {@code socks5://[USER:PASSWORD@]HOST:PORT}; empty for none. */
  public StringProperty proxyProperty() {
    return proxy;
  }

  /** The sender profile ids shown, "postfix-may, exim-default"; empty for all. */
  public StringProperty sendersProperty() {
    return senders;
  }

  /** A main.cf excerpt played as the user's own Postfix; empty for none. */
  public StringProperty postfixSenderProperty() {
    return postfixSender;
  }

  public BooleanProperty proxyDnsProperty() {
    return proxyDns;
  }

  /** One sentence per field that cannot be used; empty when all can. */
  public ReadOnlyListProperty<String> problemsProperty() {
    return problems.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty validProperty() {
    return valid.getReadOnlyProperty();
  }

  /** Why the last save failed to write the file; empty otherwise. */
  public ReadOnlyStringProperty saveErrorProperty() {
    return saveError.getReadOnlyProperty();
  }

  /** Where the settings are saved. */
  public Path settingsPath() {
    return file.path();
  }
}
