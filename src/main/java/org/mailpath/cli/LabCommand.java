package org.mailpath.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.mailpath.lab.Lab;
import org.mailpath.lab.LabRoute;
import org.mailpath.lab.LabScenario;
import org.mailpath.lab.scenario.AttackMode;
import org.mailpath.text.Faults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mailpath lab [--list] [--delay MS]}: run the lab in the foreground, or list it. */
@Command(
    name = "lab",
    mixinStandardHelpOptions = true,
    versionProvider = MailpathCommand.VersionProvider.class,
    description = {
      "Run the lab (DNS, SMTP servers and CA for every scenario under .test) in the foreground"
          + " until Ctrl-C, or list its scenarios."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:listed, or ran until interrupted",
      "2:bad usage",
      "3:the lab could not start (no loopback ports)"
    })
public final class LabCommand implements Callable<Integer> {

  /** PEM armour line length, RFC 7468 §2. */
  private static final int PEM_LINE_LENGTH = 64;

  @Spec private CommandSpec spec;

  @Option(
      names = "--list",
      description = "List each scenario: domain, title and the findings a trace must raise.")
  private boolean list;

  @Option(
      names = "--delay",
      paramLabel = "MS",
      description = "Delay every SMTP reply by MS milliseconds (default: ${DEFAULT-VALUE}).",
      defaultValue = "0")
  private long delayMillis;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (list) {
      listScenarios(out);
      return ExitStatus.OK;
    }
    if (delayMillis < 0) {
      spec.commandLine().getErr().println("mailpath lab: --delay cannot be negative");
      return ExitStatus.BAD_INPUT;
    }
    try (Lab lab = Lab.start(Duration.ofMillis(delayMillis))) {
      LabRoute route = lab.prepareAll();
      Path caFile = writeTempFile("mailpath-lab-ca-", ".pem", pem(Lab.caCertificate()));
      Path anchorFile =
          writeTempFile("mailpath-lab-anchor-", ".ds", route.dnssecTrustAnchors() + "\n");
      describe(out, lab, route, caFile, anchorFile);
      waitForInterrupt();
      return ExitStatus.OK;
    } catch (IOException | RuntimeException e) {
      spec.commandLine()
          .getErr()
          .println("mailpath lab: could not start: " + Faults.describe(e) + ".");
      return ExitStatus.COULD_NOT_RUN;
    }
  }

  private static void listScenarios(PrintWriter out) {
    for (LabScenario scenario : Lab.scenarios()) {
      String findings =
          scenario.expectedFindings().isEmpty()
              ? "(none)"
              : String.join(", ", scenario.expectedFindings());
      out.printf(
          "%-24s %s%n%-24s expected findings: %s%n",
          scenario.domain(), scenario.title(), "", findings);
      if (!scenario.absentFindings().isEmpty()) {
        out.printf("%-24s must not raise: %s%n", "", String.join(", ", scenario.absentFindings()));
      }
    }
    out.printf(
        "%nAny lab domain through the on-path attacker: mailpath trace ADDRESS --attacker %s%n",
        AttackMode.flags());
    out.flush();
  }

  private static void describe(
      PrintWriter out, Lab lab, LabRoute route, Path caFile, Path anchorFile) {
    String dns =
        route.dnsServer().getAddress().getHostAddress() + ":" + route.dnsServer().getPort();
    String goodMx = lab.addressOf("mx1.good.mail.test").getHostAddress();
    out.printf("mailpath lab running. Press Ctrl-C to stop.%n%n");
    out.printf("  DNS server (UDP and TCP): %s%n", dns);
    out.printf("  SMTP port on every lab host: %d%n", route.smtpPort());
    out.printf("  HTTPS port on every MTA-STS policy host: %d%n", route.httpsPort());
    out.printf("  Lab CA certificate: %s%n", caFile);
    out.printf("  DNSSEC trust anchor (DS of test.): %s%n", route.dnssecTrustAnchors());
    out.printf("  DNSSEC trust anchor file: %s%n%n", anchorFile);
    for (LabScenario scenario : Lab.scenarios()) {
      out.printf("  %-24s %s%n", scenario.domain(), scenario.title());
    }
    out.printf("%nTry, from another shell:%n");
    out.printf(
        "  mailpath trace alice@good.mail.test   (any process routes .test to its own lab)%n");
    // This lab's zone key is not the one a trace process would make for its own lab: a trace
    // that asks this DNS server must be given this lab's DS.
    out.printf(
        "  mailpath trace alice@good.mail.test --dns %s --trust-anchor %s --smtp-port %d"
            + " --ca-file %s%n",
        dns, anchorFile, route.smtpPort(), caFile);
    out.printf(
        "  dig @%s -p %d +dnssec MX good.mail.test%n",
        route.dnsServer().getAddress().getHostAddress(), route.dnsServer().getPort());
    String policyHost = "mta-sts.sts.mail.test";
    out.printf(
        "  curl --cacert %s --resolve %s:%d:%s https://%s:%d/.well-known/mta-sts.txt%n",
        caFile,
        policyHost,
        route.httpsPort(),
        lab.addressOf(policyHost).getHostAddress(),
        policyHost,
        route.httpsPort());
    out.printf(
        "  openssl s_client -starttls smtp -connect %s:%d -CAfile %s%n",
        goodMx, route.smtpPort(), caFile);
    out.flush();
  }

  private static Path writeTempFile(String prefix, String suffix, String content)
      throws IOException {
    Path file = Files.createTempFile(prefix, suffix);
    file.toFile().deleteOnExit();
    Files.writeString(file, content, StandardCharsets.US_ASCII);
    return file;
  }

  private static String pem(X509Certificate certificate) throws IOException {
    try {
      String base64 =
          Base64.getMimeEncoder(PEM_LINE_LENGTH, "\n".getBytes(StandardCharsets.US_ASCII))
              .encodeToString(certificate.getEncoded());
      return "-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----\n";
    } catch (CertificateEncodingException e) {
      throw new IOException("cannot encode the lab CA certificate", e);
    }
  }

  /** Blocks until Ctrl-C; the process then ends and the OS releases every lab socket. */
  private static void waitForInterrupt() {
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "lab-command-stop"));
    try {
      stop.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
