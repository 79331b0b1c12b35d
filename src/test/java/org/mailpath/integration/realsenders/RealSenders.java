package org.mailpath.integration.realsenders;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.mailpath.lab.LabRoute;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

/**
 * The real senders {@code .ci/real-senders.sh} started (Postfix, Exim, OpenSMTPD and the Unbound
 * they resolve through), named by MAILPATH_REAL_SENDERS_DIR. Skipped on a workstation without them,
 * a failure in CI (CI=true), so CI cannot silently lose the suite.
 */
public final class RealSenders {

  /** PEM armour line length, RFC 7468 §2. */
  private static final int PEM_LINE_LENGTH = 64;

  /** Unbound answers for the lab within this long after a reload, or the setup is broken. */
  private static final Duration RESOLVER_READY = Duration.ofSeconds(20);

  private final Path base;
  private final String resolver;

  private RealSenders(Path base, String resolver) {
    this.base = base;
    this.resolver = resolver;
  }

  public static RealSenders require() throws IOException {
    String dir = System.getenv("MAILPATH_REAL_SENDERS_DIR");
    boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
    if (dir == null || !Files.exists(Path.of(dir, "senders"))) {
      if (ci) {
        fail("CI=true but MAILPATH_REAL_SENDERS_DIR names no running real senders");
      }
      assumeTrue(
          false,
          "no real senders: run .ci/real-senders.sh start DIR (as root) and set"
              + " MAILPATH_REAL_SENDERS_DIR");
    }
    String resolver = "127.0.3.53";
    for (String pair : Files.readString(Path.of(dir, "senders")).trim().split(",")) {
      if (pair.startsWith("resolver=")) {
        resolver = pair.substring("resolver=".length());
      }
    }
    return new RealSenders(Path.of(dir), resolver);
  }

  public Path base() {
    return base;
  }

  /** A wrapper script .ci/real-senders.sh wrote into BASE/bin. */
  public String bin(String name) {
    return base.resolve("bin").resolve(name).toString();
  }

  /**
   * Makes the senders see this lab: its CA as their trust store and, through Unbound, its signed
   * {@code test.} zone with its trust anchor (a stub zone, RFC 4033 §5 trust anchor). Returns once
   * Unbound answers a lab name with a validated address.
   */
  public void pointAt(LabRoute route, X509Certificate labCa, String probeName)
      throws IOException, InterruptedException {
    // Written in place: the senders' namespaces bind-mount this very file as their CA bundle.
    Files.writeString(base.resolve("lab/ca.pem"), pem(labCa));
    List<String> conf = new ArrayList<>();
    conf.add("server:");
    for (String anchor : route.dnssecTrustAnchors().split("\n")) {
      if (!anchor.isBlank()) {
        conf.add("    trust-anchor: \"" + anchor.trim() + "\"");
      }
    }
    conf.add("stub-zone:");
    conf.add("    name: \"test.\"");
    conf.add(
        "    stub-addr: "
            + route.dnsServer().getAddress().getHostAddress()
            + "@"
            + route.dnsServer().getPort());
    Files.write(base.resolve("lab/unbound-lab.conf"), conf);
    Commands.run(
        List.of("unbound-control", "-c", base.resolve("unbound.conf").toString(), "reload"),
        Duration.ofSeconds(20));
    Instant deadline = Instant.now().plus(RESOLVER_READY);
    SimpleResolver unbound = new SimpleResolver(resolver);
    unbound.setTimeout(Duration.ofSeconds(2));
    Message query = Message.newQuery(Record.newRecord(Name.fromString(probeName + "."), Type.A, 1));
    // RFC 6840 §5.7: a query with AD set asks whether the answer was validated.
    query.getHeader().setFlag(Flags.AD);
    String answer = "";
    while (Instant.now().isBefore(deadline)) {
      try {
        Message response = unbound.send(query);
        answer = response.toString();
        // RFC 4035 §3.2.3: the AD bit says the resolver validated the answer.
        if (response.getRcode() == Rcode.NOERROR && response.getHeader().getFlag(Flags.AD)) {
          return;
        }
      } catch (IOException notYet) {
        answer = notYet.toString();
      }
      Thread.sleep(200);
    }
    fail("Unbound at " + resolver + " does not validate " + probeName + ":\n" + answer);
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
}
