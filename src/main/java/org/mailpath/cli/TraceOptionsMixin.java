package org.mailpath.cli;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import org.mailpath.bounds.LocalFileException;
import org.mailpath.context.proxy.Socks5Dialer;
import org.mailpath.context.proxy.Socks5Proxy;
import org.mailpath.context.proxy.SshJump;
import org.mailpath.context.proxy.SshJumpHost;
import org.mailpath.dns.TrustAnchors;
import org.mailpath.lab.scenario.AttackMode;
import org.mailpath.pki.Certificates;
import org.mailpath.policy.senders.SenderLineup;
import org.mailpath.settings.SenderChoice;
import org.mailpath.settings.Settings;
import org.mailpath.settings.SettingsFile;
import org.mailpath.trace.TraceOptions;
import picocli.CommandLine.Option;

/**
 * The options every command that runs a trace shares: where to ask, what to trust, how long. An
 * option not given falls back to the saved setting ({@link SettingsFile}), then to the default.
 */
public final class TraceOptionsMixin {

  @Option(
      names = "--dns",
      paramLabel = "HOST[:PORT]",
      description = "DNS server to ask (default: the system's).")
  String dns;

  @Option(
      names = "--trust-anchor",
      paramLabel = "FILE",
      description = "DNSSEC trust anchors, zone-file DS/DNSKEY (default: IANA root).")
  Path trustAnchor;

  @Option(
      names = "--ca-file",
      paramLabel = "FILE",
      description = "Extra PEM CA certificates for PKIX checks.")
  Path caFile;

  @Option(
      names = "--smtp-port",
      paramLabel = "N",
      description =
          "Dial MX hosts and address literals (user@[192.0.2.1]) on port N instead of 25.")
  Integer smtpPort;

  @Option(
      names = "--https-port",
      paramLabel = "N",
      description = "Fetch MTA-STS policies on port N instead of 443.")
  Integer httpsPort;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description = "Overall deadline (default: the saved setting, else 60).")
  Integer timeoutSeconds;

  static final int DEFAULT_TIMEOUT_SECONDS = 60;

  @Option(
      names = "--proxy",
      paramLabel = "socks5://[USER:PASS@]HOST:PORT",
      description = "Connect to mail and MTA-STS servers through this SOCKS5 proxy.")
  String proxy;

  @Option(
      names = "--ssh-jump",
      paramLabel = "[USER@]HOST[:PORT]",
      description =
          "Connect through an SSH server you can log in to (runs your ssh -D with your own keys).")
  String sshJump;

  @Option(
      names = "--proxy-dns",
      description = "Also send DNS questions (over TCP) through the proxy instead of directly.")
  boolean proxyDns;

  @Option(
      names = "--senders",
      paramLabel = "ID[,ID…]",
      completionCandidates = SenderIds.class,
      description =
          "Show only these sender profiles (default: all of them): ${COMPLETION-CANDIDATES}.")
  String senders;

  @Option(
      names = "--postfix-sender",
      paramLabel = "FILE",
      description =
          "Also play your own Postfix: a main.cf excerpt (smtp_tls_security_level,"
              + " smtp_tls_protocols, smtp_tls_mandatory_protocols, inline smtp_tls_policy_maps).")
  Path postfixSender;

  /** The built-in sender profile ids, for --senders' help. */
  static final class SenderIds implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return SenderLineup.knownIds().iterator();
    }
  }

  @Option(
      names = "--attacker",
      paramLabel = "MODE",
      description =
          "Lab only (.test): put the lab's on-path attacker in front of the MX hosts: strip"
              + " (removes STARTTLS), 454 (refuses STARTTLS), cert (own self-signed certificate),"
              + " cert-ca (certificate from the trusted lab CA), downgrade (TLS 1.0 only).")
  String attacker;

  /** {@code base} with these options applied; a bad value is an IllegalArgumentException. */
  TraceOptions applyTo(TraceOptions base) {
    return applyTo(base, SettingsFile.current().load());
  }

  /** {@code base} with these options applied, and {@code saved} where an option is not given. */
  TraceOptions applyTo(TraceOptions base, Settings saved) {
    int timeoutSeconds =
        either(this.timeoutSeconds, saved.timeoutSeconds(), DEFAULT_TIMEOUT_SECONDS);
    String dns = either(this.dns, saved.dnsServer(), null);
    Path trustAnchor = either(this.trustAnchor, saved.trustAnchor(), null);
    Path caFile = either(this.caFile, saved.caFile(), null);
    if (timeoutSeconds < 1 || timeoutSeconds > 3600) {
      throw new IllegalArgumentException("--timeout must be between 1 and 3600 seconds");
    }
    TraceOptions.Builder options = base.toBuilder().timeout(Duration.ofSeconds(timeoutSeconds));
    if (smtpPort != null) {
      options.smtpPort(port("--smtp-port", smtpPort));
    }
    if (httpsPort != null) {
      options.httpsPort(port("--https-port", httpsPort));
    }
    if (dns != null) {
      options.dnsServer(parseServer(dns));
    }
    if (proxy != null && sshJump != null) {
      throw new IllegalArgumentException("give either --proxy or --ssh-jump, not both");
    }
    if (proxy != null) {
      options.dialer(new Socks5Dialer(Socks5Proxy.parse(proxy)));
    } else if (sshJump != null) {
      options.dialer(new SshJump(SshJumpHost.parse(sshJump)));
    } else if (proxyDns) {
      throw new IllegalArgumentException("--proxy-dns needs --proxy or --ssh-jump");
    }
    options.proxyDns(proxyDns);
    if (attacker != null) {
      options.labAttacker(
          AttackMode.byFlag(attacker)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "--attacker must be one of " + AttackMode.flags()))
              .flag());
    }
    if (trustAnchor != null) {
      try {
        options.trustAnchors(TrustAnchors.fromFile(trustAnchor));
      } catch (LocalFileException e) {
        throw new IllegalArgumentException("--trust-anchor: " + e.getMessage(), e);
      }
    }
    String senders = either(this.senders, saved.senders(), null);
    Path postfixSender = either(this.postfixSender, saved.postfixSender(), null);
    if (senders != null || postfixSender != null) {
      try {
        options.senders(SenderChoice.lineup(senders, postfixSender));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            (this.postfixSender != null || this.senders != null
                    ? "--senders/--postfix-sender: "
                    : "the saved senders: ")
                + e.getMessage(),
            e);
      }
    }
    if (caFile != null) {
      try {
        options.extraTrustAnchors(Certificates.fromPemFile(caFile));
      } catch (LocalFileException e) {
        throw new IllegalArgumentException("--ca-file: " + e.getMessage(), e);
      }
    }
    return options.build();
  }

  private static <T> T either(T option, T saved, T fallback) {
    return option != null ? option : saved != null ? saved : fallback;
  }

  private static int port(String option, int value) {
    if (value < 1 || value > 65535) {
      throw new IllegalArgumentException(option + " must be between 1 and 65535");
    }
    return value;
  }

  /** HOST, HOST:PORT, [IPv6] or [IPv6]:PORT; port 53 by default. */
  static InetSocketAddress parseServer(String text) {
    String host = text;
    int port = 53;
    if (text.startsWith("[")) {
      int close = text.indexOf(']');
      if (close < 0) {
        throw new IllegalArgumentException("--dns " + text + ": missing ]");
      }
      host = text.substring(1, close);
      if (text.length() > close + 1) {
        port = parsePort(text.substring(close + 2), text);
      }
    } else if (text.indexOf(':') >= 0 && text.indexOf(':') == text.lastIndexOf(':')) {
      host = text.substring(0, text.indexOf(':'));
      port = parsePort(text.substring(text.indexOf(':') + 1), text);
    }
    if (host.isBlank()) {
      throw new IllegalArgumentException("--dns " + text + ": no host");
    }
    return new InetSocketAddress(host, port);
  }

  private static int parsePort(String digits, String text) {
    try {
      int port = Integer.parseInt(digits);
      if (port >= 1 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // fall through to the message below
    }
    throw new IllegalArgumentException("--dns " + text + ": port must be 1-65535");
  }
}
