package org.mailpath.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.mailpath.context.proxy.Socks5Proxy;

/**
 * The SOCKS5 proxy's password, kept in this process's memory only: the settings file keeps the
 * proxy's URL without it ({@code socks5://USER@HOST:PORT}), so a password typed in the window is
 * asked for again after a restart rather than left readable on disk.
 */
public final class ProxyPassword {

  private static final ProxyPassword PROCESS = new ProxyPassword();

  private volatile Socks5Proxy remembered;

  /** The memory of this process, shared by the Preferences dialog and the window's traces. */
  public static ProxyPassword process() {
    return PROCESS;
  }

  /** Remembers {@code proxy}'s password, if it has one; returns the URL to save, without it. */
  public String remember(Socks5Proxy proxy) {
    remembered = proxy.authenticates() ? proxy : null;
    return savedForm(proxy);
  }

  /** {@code socks5://[USER@]HOST:PORT}: the proxy as the settings file keeps it. */
  public static String savedForm(Socks5Proxy proxy) {
    String user =
        proxy.authenticates()
            ? URLEncoder.encode(proxy.username(), StandardCharsets.UTF_8) + "@"
            : "";
    return "socks5://" + user + proxy.endpoint();
  }

  /** Whether {@code url} names a user but no password, the form the settings file keeps. */
  public static boolean lacksPassword(String url) {
    try {
      String info = new URI(url).getRawUserInfo();
      return info != null && info.indexOf(':') < 0;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /**
   * The proxy {@code url} names, with the remembered password when the URL is the saved form of the
   * remembered proxy.
   *
   * @throws IllegalArgumentException when the URL does not parse, or names a user whose password is
   *     not in memory
   */
  public Socks5Proxy resolve(String url) {
    Socks5Proxy known = remembered;
    if (known != null && savedForm(known).equals(url)) {
      return known;
    }
    if (lacksPassword(url)) {
      throw new IllegalArgumentException(
          "The proxy "
              + url
              + " needs its password, which mailpath keeps only until it closes: enter it again"
              + " under Preferences.");
    }
    return Socks5Proxy.parse(url);
  }
}
