package org.mailpath.settings;

import java.net.InetSocketAddress;
import java.time.Duration;
import org.mailpath.bounds.LocalFileException;
import org.mailpath.context.proxy.Socks5Dialer;
import org.mailpath.dns.TrustAnchors;
import org.mailpath.pki.Certificates;
import org.mailpath.trace.TraceOptions;

/**
 * The saved trace settings applied to trace options, for the window (the CLI applies them under its
 * own options). Reads the CA and trust-anchor files, and may resolve the DNS server's name: call it
 * off the FX thread.
 */
public final class SavedTraceOptions {

  private SavedTraceOptions() {}

  /**
   * {@code base} with every setting of {@code saved} that is set.
   *
   * @throws IllegalArgumentException with a sentence naming the setting that cannot be used
   */
  public static TraceOptions applyTo(TraceOptions base, Settings saved, ProxyPassword passwords) {
    TraceOptions.Builder options = base.toBuilder();
    if (saved.timeoutSeconds() != null) {
      options.timeout(Duration.ofSeconds(saved.timeoutSeconds()));
    }
    if (saved.dnsServer() != null) {
      InetSocketAddress server = DnsServer.parse(saved.dnsServer());
      options.dnsServer(new InetSocketAddress(server.getHostString(), server.getPort()));
    }
    if (saved.trustAnchor() != null) {
      try {
        options.trustAnchors(TrustAnchors.fromFile(saved.trustAnchor()));
      } catch (LocalFileException e) {
        throw new IllegalArgumentException("The saved trust anchor file: " + e.getMessage(), e);
      }
    }
    if (saved.caFile() != null) {
      try {
        options.extraTrustAnchors(Certificates.fromPemFile(saved.caFile()));
      } catch (LocalFileException e) {
        throw new IllegalArgumentException("The saved CA file: " + e.getMessage(), e);
      }
    }
    if (saved.senders() != null || saved.postfixSender() != null) {
      try {
        options.senders(SenderChoice.lineup(saved.senders(), saved.postfixSender()));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("The saved senders: " + e.getMessage(), e);
      }
    }
    if (saved.proxy() != null) {
      options.dialer(new Socks5Dialer(passwords.resolve(saved.proxy())));
      options.proxyDns(saved.proxyDns());
    }
    return options.build();
  }
}
