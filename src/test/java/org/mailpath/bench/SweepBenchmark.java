package org.mailpath.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.mailpath.address.TargetParser;
import org.mailpath.app.TraceService;
import org.mailpath.lab.Lab;
import org.mailpath.lab.LabRoute;
import org.mailpath.trace.TraceListener;
import org.mailpath.trace.TraceOptions;

/**
 * Does the TLS version sweep make a trace serial? With every lab reply delayed by D, it times a
 * trace of good.mail.test with one session per host (--quick), the same trace with the sweep (four
 * more sessions per host, two connections per address at a time), and posttls-finger — a peer
 * nobody here wrote — doing one STARTTLS session against the same delayed server. It prints each in
 * units of D and the ratios; the goal is a sweep trace of about as many D as one session.
 *
 * <p>Run: {@code ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * && java -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * org.mailpath.bench.SweepBenchmark [DELAY_MS] [ROUNDS]}
 */
public final class SweepBenchmark {

  private SweepBenchmark() {}

  public static void main(String[] args) throws Exception {
    Duration delay = Duration.ofMillis(args.length > 0 ? Long.parseLong(args[0]) : 100);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    ExecutorService executor = Executors.newCachedThreadPool();
    try (Lab lab = Lab.start(delay)) {
      TraceService service = new TraceService(executor, Clock.systemUTC(), () -> lab, null);
      LabRoute route = lab.prepare("good.mail.test");
      Path ca = Files.createTempFile("mailpath-lab-ca", ".pem");
      Files.writeString(ca, pem(route));
      // Warm up class loading and the JIT once, unmeasured.
      time(service, TraceOptions.builder().quick(true).build());
      List<Long> quick = new ArrayList<>();
      List<Long> sweep = new ArrayList<>();
      List<Long> finger = new ArrayList<>();
      for (int i = 0; i < rounds; i++) {
        quick.add(time(service, TraceOptions.builder().quick(true).build()));
        sweep.add(time(service, TraceOptions.defaults()));
        finger.add(postTlsFinger(route, ca));
      }
      double d = delay.toMillis();
      double q = median(quick);
      double s = median(sweep);
      double f = median(finger);
      System.out.printf("reply delay D = %.0f ms, %d rounds, medians%n", d, rounds);
      System.out.printf(
          "  mailpath --quick (2 MX, 1 session each):     %7.0f ms = %5.1f D%n", q, q / d);
      System.out.printf(
          "  mailpath with sweep (2 MX, main + 3-4 each):  %7.0f ms = %5.1f D%n", s, s / d);
      System.out.printf(
          "  posttls-finger, one session to mx1:          %7.0f ms = %5.1f D%n", f, f / d);
      System.out.printf("  ratio sweep / quick:                  %5.2f%n", s / q);
      System.out.printf("  ratio sweep / posttls-finger session: %5.2f%n", s / f);
      System.out.printf("  ratio quick / posttls-finger session: %5.2f%n", q / f);
    } finally {
      executor.shutdownNow();
    }
  }

  private static long time(TraceService service, TraceOptions options) throws Exception {
    long start = System.nanoTime();
    service
        .trace(TargetParser.parse("alice@good.mail.test"), options, false, TraceListener.NONE)
        .get(120, TimeUnit.SECONDS);
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }

  /** posttls-finger: connect, EHLO, STARTTLS, handshake, EHLO, QUIT — one session. */
  private static long postTlsFinger(LabRoute route, Path ca) throws Exception {
    long start = System.nanoTime();
    Process p =
        new ProcessBuilder(
                "posttls-finger",
                "-c",
                "-l",
                "secure",
                "-F",
                ca.toString(),
                "[" + mx1Address(route) + "]:" + route.smtpPort(),
                "mx1.good.mail.test")
            .redirectErrorStream(true)
            .start();
    p.getInputStream().readAllBytes();
    p.waitFor(60, TimeUnit.SECONDS);
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }

  private static String mx1Address(LabRoute route) throws Exception {
    var resolver = new org.xbill.DNS.SimpleResolver(route.dnsServer());
    var answer =
        resolver.send(
            org.xbill.DNS.Message.newQuery(
                org.xbill.DNS.Record.newRecord(
                    org.xbill.DNS.Name.fromString("mx1.good.mail.test."),
                    org.xbill.DNS.Type.A,
                    org.xbill.DNS.DClass.IN)));
    return ((org.xbill.DNS.ARecord) answer.getSection(org.xbill.DNS.Section.ANSWER).get(0))
        .getAddress()
        .getHostAddress();
  }

  private static String pem(LabRoute route) throws Exception {
    StringBuilder out = new StringBuilder();
    for (var cert : route.trustAnchors()) {
      out.append("-----BEGIN CERTIFICATE-----\n")
          .append(
              java.util.Base64.getMimeEncoder(64, "\n".getBytes())
                  .encodeToString(cert.getEncoded()))
          .append("\n-----END CERTIFICATE-----\n");
    }
    return out.toString();
  }

  private static double median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
