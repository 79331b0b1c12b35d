package org.mailpath.context.proxy;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Where a SOCKS5 proxy listens and, optionally, the username and password it wants (RFC 1929).
 *
 * @param host the proxy's name or address literal (without brackets)
 * @param port the proxy's port
 * @param username the RFC 1929 username, or null for no authentication
 * @param password the RFC 1929 password, or null
 */
public record Socks5Proxy(String host, int port, String username, String password) {

  /** RFC 1929 §2: ULEN and PLEN are one octet each, 1 to 255. */
  static final int MAX_CREDENTIAL_BYTES = 255;

  public Socks5Proxy {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("the proxy needs a host");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("the proxy port must be between 1 and 65535");
    }
    if ((username == null) != (password == null)) {
      throw new IllegalArgumentException(
          "the proxy needs both a username and a password, or neither");
    }
    if (username != null && !fitsOneOctet(username)) {
      throw new IllegalArgumentException("the proxy username must be 1 to 255 bytes (RFC 1929)");
    }
    if (password != null && !fitsOneOctet(password)) {
      throw new IllegalArgumentException("the proxy password must be 1 to 255 bytes (RFC 1929)");
    }
  }

  /** Parses {@code socks5://[user:pass@]HOST:PORT} (percent-escapes allowed in user and pass). */
  public static Socks5Proxy parse(String text) {
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "--proxy " + text + " is not a URL of the form socks5://[user:pass@]HOST:PORT");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("socks5") && !scheme.equals("socks5h")) {
      throw new IllegalArgumentException(
          "--proxy " + text + ": only SOCKS5 proxies are supported (socks5://HOST:PORT)");
    }
    if (uri.getHost() == null || uri.getPort() < 0) {
      throw new IllegalArgumentException("--proxy " + text + " needs a host and a port");
    }
    String host = uri.getHost();
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    String user = null;
    String pass = null;
    String info = uri.getRawUserInfo();
    if (info != null) {
      int colon = info.indexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException(
            "--proxy " + text + ": give user:pass, not a user alone");
      }
      user = URLDecoder.decode(info.substring(0, colon), StandardCharsets.UTF_8);
      pass = URLDecoder.decode(info.substring(colon + 1), StandardCharsets.UTF_8);
    }
    return new Socks5Proxy(host, uri.getPort(), user, pass);
  }

  public boolean authenticates() {
    return username != null;
  }

  /** "127.0.0.1:1080" or "[::1]:1080", never the credentials. */
  public String endpoint() {
    return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
  }

  @Override
  public String toString() {
    return "socks5://" + (authenticates() ? username + ":***@" : "") + endpoint();
  }

  private static boolean fitsOneOctet(String value) {
    int length = value.getBytes(StandardCharsets.UTF_8).length;
    return length >= 1 && length <= MAX_CREDENTIAL_BYTES;
  }
}
