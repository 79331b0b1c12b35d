package org.mailpath.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mailpath.address.TargetParser;
import org.mailpath.app.TraceService;
import org.mailpath.integration.realsenders.AgreementRow;
import org.mailpath.integration.realsenders.AgreementTable;
import org.mailpath.integration.realsenders.KnownDifferences;
import org.mailpath.integration.realsenders.RealMta;
import org.mailpath.integration.realsenders.RealOutcome;
import org.mailpath.integration.realsenders.RealSenders;
import org.mailpath.lab.Lab;
import org.mailpath.lab.LabRoute;
import org.mailpath.policy.senders.SenderLineup;
import org.mailpath.policy.senders.SenderOutcome;
import org.mailpath.trace.TraceListener;
import org.mailpath.trace.TraceOptions;
import org.mailpath.trace.TraceReport;

/**
 * mailpath's sender predictions against real MTAs: for every lab scenario a sender can tell apart
 * and every profile Postfix, Exim and OpenSMTPD play, the real MTA delivers one message to the lab
 * and its log says what it did; mailpath traces the same domain and predicts it for that profile. A
 * disagreement fails unless known-differences.tsv lists it with its reason. The whole table goes to
 * target/real-senders/agreement.md.
 */
class RealSenderAgreementTest {

  /** Real MTAs deliver to port 25 and look TLSA records up at _25._tcp (RFC 7672 §2.2.3). */
  private static final int SMTP_PORT = 25;

  /**
   * MTA-STS and REQUIRETLS scenarios are left out: none of the profiles these MTAs play honours
   * either, so their rows would repeat "good". Bulk domains repeat the scenarios they copy.
   */
  private static final List<String> SCENARIOS =
      List.of(
          "good",
          "nostarttls",
          "tls10",
          "tls11",
          "tls12only",
          "noems",
          "keyusage",
          "expired",
          "nullmx",
          "implicit",
          "multi",
          "eku",
          "selfsigned",
          "mismatch",
          "chain",
          "weakkey",
          "cname",
          "dane",
          "dane-ta",
          "dane-mismatch",
          "dane-bogus");

  /** Traces at once: with their version sweeps, well under the lab's 64 SMTP sessions. */
  private static final int PARALLEL_TRACES = 4;

  private static ExecutorService executor;
  private static Lab lab;
  private static final List<AgreementRow> rows = new ArrayList<>();
  private static KnownDifferences known;

  @BeforeAll
  static void deliverAndPredict() throws Exception {
    RealSenders senders = RealSenders.require();
    known = KnownDifferences.load();
    executor = Executors.newCachedThreadPool();
    lab = Lab.start(Duration.ZERO, SMTP_PORT);
    LabRoute route = lab.prepareAll();
    senders.pointAt(route, Lab.caCertificate(), "mx1.good.mail.test");

    long started = System.nanoTime();
    Map<String, Map<String, SenderOutcome>> predicted = predictions();
    long traced = System.nanoTime();
    String run = Long.toString(System.currentTimeMillis(), 36);
    List<RealMta> mtas = RealMta.all(senders);
    // Postfix and Exim together, then OpenSMTPD, so the lab never serves more than its 64
    // sessions at once; within each MTA the deliveries run in parallel.
    Map<String, RealOutcome> real = new LinkedHashMap<>();
    List<CompletableFuture<Map<String, RealOutcome>>> first = new ArrayList<>();
    for (RealMta mta : mtas.subList(0, 2)) {
      first.add(deliverAsync(mta, recipients(mta, run)));
    }
    for (CompletableFuture<Map<String, RealOutcome>> f : first) {
      real.putAll(f.get(5, TimeUnit.MINUTES));
    }
    long postfixAndExim = System.nanoTime();
    real.putAll(mtas.get(2).deliver(recipients(mtas.get(2), run)));
    long openSmtpd = System.nanoTime();

    for (String scenario : SCENARIOS) {
      for (RealMta mta : mtas) {
        for (String profile : mta.profiles()) {
          RealOutcome did = real.get(recipient(profile, run, scenario));
          SenderOutcome said = predicted.get(scenario).get(profile);
          Optional<KnownDifferences.Entry> excuse =
              did.shown().equals(AgreementRow.shown(said))
                  ? Optional.empty()
                  : known.excusing(scenario, profile, did.shown(), AgreementRow.shown(said));
          rows.add(new AgreementRow(scenario, profile, did, said, excuse));
        }
      }
    }
    AgreementTable.write(
        Path.of("target/real-senders/agreement.md"),
        rows,
        "Postfix 3.7, Exim 4.96 (GnuTLS) and OpenSMTPD 6.8 from Debian 12, each delivering to the"
            + " mailpath lab on loopback through a validating Unbound; written by"
            + " RealSenderAgreementTest. Time: mailpath's traces "
            + seconds(traced - started)
            + ", Postfix and Exim "
            + seconds(postfixAndExim - traced)
            + ", OpenSMTPD "
            + seconds(openSmtpd - postfixAndExim)
            + ".");
  }

  @AfterAll
  static void stop() {
    if (lab != null) {
      lab.close();
    }
    if (executor != null) {
      executor.shutdownNow();
    }
  }

  @TestFactory
  Stream<DynamicTest> realSender_deliversToLabScenario_asMailpathPredicts() {
    return rows.stream()
        .map(
            row ->
                DynamicTest.dynamicTest(
                    row.scenario() + " / " + row.profile(),
                    () ->
                        assertThat(row.passes())
                            .as(
                                "%s at %s: the real sender did %s, mailpath predicts %s (%s);"
                                    + " log:%n%s",
                                row.profile(),
                                row.scenario(),
                                row.real().shown(),
                                row.predictedShown(),
                                row.predicted() == null ? "no row" : row.predicted().reason(),
                                row.real().evidence())
                            .isTrue()));
  }

  @Test
  void knownDifferences_eachStillDescribesARow() {
    for (KnownDifferences.Entry entry : known.entries()) {
      assertThat(rows)
          .as("known difference no longer seen (fixed? remove it): %s", entry)
          .anyMatch(r -> r.known().filter(entry::equals).isPresent());
    }
  }

  private static CompletableFuture<Map<String, RealOutcome>> deliverAsync(
      RealMta mta, List<String> recipients) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return mta.deliver(recipients);
          } catch (Exception e) {
            throw new IllegalStateException(mta.getClass().getSimpleName() + " failed", e);
          }
        },
        executor);
  }

  /** mailpath's rows per scenario and profile, from a normal (not --quick) in-process trace. */
  private static Map<String, Map<String, SenderOutcome>> predictions() throws Exception {
    TraceService service = new TraceService(executor, Clock.systemUTC(), () -> lab, null);
    ExecutorService limit = Executors.newFixedThreadPool(PARALLEL_TRACES);
    try {
      Map<String, CompletableFuture<TraceReport>> reports = new LinkedHashMap<>();
      for (String scenario : SCENARIOS) {
        reports.put(
            scenario,
            CompletableFuture.supplyAsync(
                () ->
                    service
                        .trace(
                            TargetParser.parse("postmaster@" + scenario + ".mail.test"),
                            TraceOptions.builder().senders(SenderLineup.ALL).build(),
                            false,
                            TraceListener.NONE)
                        .join()
                        .report(),
                limit));
      }
      Map<String, Map<String, SenderOutcome>> byScenario = new LinkedHashMap<>();
      for (var e : reports.entrySet()) {
        Map<String, SenderOutcome> byProfile = new LinkedHashMap<>();
        e.getValue().get(3, TimeUnit.MINUTES).outcomes().forEach(o -> byProfile.put(o.sender(), o));
        byScenario.put(e.getKey(), byProfile);
      }
      return byScenario;
    } finally {
      limit.shutdownNow();
    }
  }

  private static String seconds(long nanos) {
    return TimeUnit.NANOSECONDS.toSeconds(nanos) + " s";
  }

  private static List<String> recipients(RealMta mta, String run) {
    List<String> all = new ArrayList<>();
    for (String scenario : SCENARIOS) {
      for (String profile : mta.profiles()) {
        all.add(recipient(profile, run, scenario));
      }
    }
    return all;
  }

  private static String recipient(String profile, String run, String scenario) {
    return profile + "-" + run + "@" + scenario + ".mail.test";
  }
}
