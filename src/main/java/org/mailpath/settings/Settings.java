package org.mailpath.settings;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * What mailpath remembers between runs. Every field may be null: not set, the built-in default
 * applies. Command-line options override these for one run.
 *
 * @param windowWidth the window's last width in pixels
 * @param windowHeight the window's last height in pixels
 * @param dnsServer the DNS server to ask, HOST[:PORT] as {@code --dns} takes it
 * @param caFile extra PEM CA certificates for PKIX checks, as {@code --ca-file}
 * @param trustAnchor DNSSEC trust anchors, as {@code --trust-anchor}
 * @param timeoutSeconds the overall deadline of a trace, as {@code --timeout}
 * @param proxy the SOCKS5 proxy of the window's traces, {@code socks5://[USER@]HOST:PORT}: never
 *     the password, which the window keeps in memory only ({@link ProxyPassword})
 * @param proxyDns DNS questions of the window's traces go through the proxy, as {@code --proxy-dns}
 * @param senders the sender profiles shown, "postfix-may,exim-default" as {@code --senders}; null
 *     for all
 * @param postfixSender a main.cf excerpt played as one more sender, as {@code --postfix-sender}
 * @param typeSizePercent the window's type size, in percent of the normal size (presentation zoom)
 * @param windowLayout where the window's dividers were, as {@code WindowLayout} writes them
 */
public record Settings(
    Integer windowWidth,
    Integer windowHeight,
    String dnsServer,
    Path caFile,
    Path trustAnchor,
    Integer timeoutSeconds,
    String proxy,
    boolean proxyDns,
    String senders,
    Path postfixSender,
    Integer typeSizePercent,
    String windowLayout) {

  /** Nothing set. */
  public static final Settings NONE =
      new Settings(null, null, null, null, null, null, null, false, null, null, null, null);

  public Settings withWindowSize(int width, int height) {
    return copy(
        c -> {
          c.windowWidth = width;
          c.windowHeight = height;
        });
  }

  /**
   * These settings with the trace options (DNS server, CA file, trust anchor, timeout) replaced.
   */
  public Settings withTraceOptions(
      String dnsServer, Path caFile, Path trustAnchor, Integer timeoutSeconds) {
    return copy(
        c -> {
          c.dnsServer = dnsServer;
          c.caFile = caFile;
          c.trustAnchor = trustAnchor;
          c.timeoutSeconds = timeoutSeconds;
        });
  }

  /** These settings with the senders shown and the user's own Postfix sender replaced. */
  public Settings withSenders(String senders, Path postfixSender) {
    return copy(
        c -> {
          c.senders = senders;
          c.postfixSender = postfixSender;
        });
  }

  /** These settings with the proxy (without its password, or null) and proxy DNS replaced. */
  public Settings withProxy(String proxy, boolean proxyDns) {
    return copy(
        c -> {
          c.proxy = proxy;
          c.proxyDns = proxyDns;
        });
  }

  /** These settings with the window's type size (percent of normal) replaced. */
  public Settings withTypeSize(int percent) {
    return copy(c -> c.typeSizePercent = percent);
  }

  /** These settings with where the window's dividers were replaced. */
  public Settings withWindowLayout(String layout) {
    return copy(c -> c.windowLayout = layout);
  }

  /**
   * A copy with what {@code change} sets: records have no copy-with, so it is written once here.
   */
  private Settings copy(Consumer<Copy> change) {
    Copy c = new Copy(this);
    change.accept(c);
    return new Settings(
        c.windowWidth,
        c.windowHeight,
        c.dnsServer,
        c.caFile,
        c.trustAnchor,
        c.timeoutSeconds,
        c.proxy,
        c.proxyDns,
        c.senders,
        c.postfixSender,
        c.typeSizePercent,
        c.windowLayout);
  }

  /** The fields of a copy being made. */
  private static final class Copy {
    Integer windowWidth;
    Integer windowHeight;
    String dnsServer;
    Path caFile;
    Path trustAnchor;
    Integer timeoutSeconds;
    String proxy;
    boolean proxyDns;
    String senders;
    Path postfixSender;
    Integer typeSizePercent;
    String windowLayout;

    Copy(Settings s) {
      windowWidth = s.windowWidth;
      windowHeight = s.windowHeight;
      dnsServer = s.dnsServer;
      caFile = s.caFile;
      trustAnchor = s.trustAnchor;
      timeoutSeconds = s.timeoutSeconds;
      proxy = s.proxy;
      proxyDns = s.proxyDns;
      senders = s.senders;
      postfixSender = s.postfixSender;
      typeSizePercent = s.typeSizePercent;
      windowLayout = s.windowLayout;
    }
  }
}
