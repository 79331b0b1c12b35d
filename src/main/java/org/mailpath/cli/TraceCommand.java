package org.mailpath.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import org.mailpath.address.Target;
import org.mailpath.address.TargetParser;
import org.mailpath.app.TraceService;
import org.mailpath.dns.TrustAnchors;
import org.mailpath.finding.Severity;
import org.mailpath.history.HistoryStore;
import org.mailpath.lab.Lab;
import org.mailpath.pki.Certificates;
import org.mailpath.report.ReportJson;
import org.mailpath.trace.TraceListener;
import org.mailpath.trace.TraceOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mailpath trace TARGET}: resolve, connect, STARTTLS, inspect; print as it happens. */
@Command(
    name = "trace",
    mixinStandardHelpOptions = true,
    description = {
      "Trace the mail path to an address, a domain or a host.",
      "Names under .test are traced against mailpath's built-in lab."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:no error finding",
      "1:at least one error finding",
      "2:bad usage or input",
      "3:the trace could not run"
    })
public final class TraceCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "TARGET",
      description = "user@domain | domain | [host]:port | [ip]:port")
  String target;

  @Option(names = "--json", description = "Print the trace report as JSON on stdout.")
  boolean json;

  @Option(names = "--dns", paramLabel = "HOST[:PORT]", description = "DNS server to ask (default: the system's).")
  String dns;

  @Option(names = "--trust-anchor", paramLabel = "FILE", description = "DNSSEC trust anchors, zone-file DS/DNSKEY (default: IANA root).")
  Path trustAnchor;

  @Option(names = "--ca-file", paramLabel = "FILE", description = "Extra PEM CA certificates for PKIX checks.")
  Path caFile;

  @Option(names = "--smtp-port", paramLabel = "N", description = "Dial MX hosts on port N instead of 25.")
  Integer smtpPort;

  @Option(names = "--https-port", paramLabel = "N", description = "Fetch MTA-STS policies on port N instead of 443.")
  Integer httpsPort;

  @Option(names = "--timeout", paramLabel = "SECONDS", description = "Overall deadline (default: ${DEFAULT-VALUE}).", defaultValue = "60")
  int timeoutSeconds;

  @Option(names = "--quick", description = "One STARTTLS session per host, no version sweep.")
  boolean quick;

  @Option(names = "--deep", description = "Also enumerate the TLS 1.2 cipher suites each host accepts.")
  boolean deep;

  @Option(names = "--no-store", description = "Do not save the session in history.")
  boolean noStore;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Target parsed;
    TraceOptions options;
    try {
      parsed = TargetParser.parse(target);
      options = options();
    } catch (IllegalArgumentException e) { // includes InvalidTargetException
      err.println("mailpath: " + e.getMessage());
      return ExitStatus.BAD_INPUT;
    }
    ExecutorService executor = Executors.daemonPool();
    try {
      TraceService service =
          new TraceService(
              executor, Clock.systemUTC(), Lab::shared, noStore ? null : HistoryStore.defaultDatabase());
      TraceListener listener = json ? TraceListener.NONE : new TraceProgressPrinter(out);
      TraceService.Outcome outcome = service.trace(parsed, options, !noStore, listener).get();
      if (json) {
        out.println(ReportJson.write(outcome.report(), true));
      } else {
        new TraceSummaryPrinter(out).print(outcome.report(), outcome.historyId());
      }
      out.flush();
      return outcome.report().worstSeverity() == Severity.ERROR
          ? ExitStatus.ERROR_FINDING
          : ExitStatus.OK;
    } catch (ExecutionException e) {
      err.println("mailpath: the trace could not run: " + rootMessage(e));
      return ExitStatus.COULD_NOT_RUN;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ExitStatus.COULD_NOT_RUN;
    } catch (RuntimeException e) {
      err.println("mailpath: the trace could not run: " + rootMessage(e));
      return ExitStatus.COULD_NOT_RUN;
    } finally {
      executor.shutdownNow();
    }
  }

  private TraceOptions options() {
    if (timeoutSeconds < 1 || timeoutSeconds > 3600) {
      throw new IllegalArgumentException("--timeout must be between 1 and 3600 seconds");
    }
    TraceOptions options =
        TraceOptions.defaults().withTimeout(Duration.ofSeconds(timeoutSeconds)).withQuick(quick).withDeep(deep);
    if (smtpPort != null) {
      if (smtpPort < 1 || smtpPort > 65535) {
        throw new IllegalArgumentException("--smtp-port must be between 1 and 65535");
      }
      options = options.withSmtpPort(smtpPort);
    }
    if (httpsPort != null) {
      if (httpsPort < 1 || httpsPort > 65535) {
        throw new IllegalArgumentException("--https-port must be between 1 and 65535");
      }
      options = options.withHttpsPort(httpsPort);
    }
    if (dns != null) {
      options = options.withDnsServer(parseServer(dns));
    }
    if (trustAnchor != null) {
      try {
        options = options.withTrustAnchors(TrustAnchors.fromFile(trustAnchor));
      } catch (IOException e) {
        throw new IllegalArgumentException("--trust-anchor " + trustAnchor + ": " + e.getMessage());
      }
    }
    if (caFile != null) {
      try {
        List<X509Certificate> cas = new ArrayList<>(Certificates.fromPemFile(caFile));
        options = options.withExtraTrustAnchors(cas);
      } catch (IOException | CertificateException e) {
        throw new IllegalArgumentException("--ca-file " + caFile + ": " + e.getMessage());
      }
    }
    return options;
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

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
  }
}
