package org.mailpath.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailpath.address.TargetParser;
import org.mailpath.finding.Finding;
import org.mailpath.history.HistoryStore;
import org.mailpath.lab.Lab;
import org.mailpath.trace.TraceListener;
import org.mailpath.trace.TraceOptions;

/**
 * The compromised-CA attack end to end: a CA the sender trusts issued the attacker a certificate
 * for the MX name, so every check of the attacked session passes; only the previous session in
 * history shows that the key changed.
 */
class TraceServiceKeyChangeLabTest {

  private static final String KEY_CHANGED = "certificate-key-changed";

  private static ExecutorService executor;
  private static Lab lab;

  @TempDir Path home;

  @BeforeAll
  static void start() {
    executor = Executors.newCachedThreadPool();
    lab = Lab.start(Duration.ZERO);
  }

  @AfterAll
  static void stop() {
    lab.close();
    executor.shutdownNow();
  }

  private TraceService.Outcome trace(String attacker) throws Exception {
    TraceService service =
        new TraceService(executor, Clock.systemUTC(), () -> lab, home.resolve("history.db"));
    return service
        .trace(
            TargetParser.parse("alice@good.mail.test"),
            TraceOptions.builder().quick(true).labAttacker(attacker).build(),
            true,
            TraceListener.NONE)
        .get(60, TimeUnit.SECONDS);
  }

  private static List<String> codes(TraceService.Outcome outcome) {
    return outcome.report().findings().stream().map(Finding::code).toList();
  }

  @Test
  void trace_certFromTrustedCaAfterAPlainSession_raisesKeyChangedAndStoresIt() throws Exception {
    TraceService.Outcome plain = trace(null);
    TraceService.Outcome attacked = trace("cert-ca");

    assertThat(codes(plain)).doesNotContain(KEY_CHANGED);
    assertThat(attacked.report().connections().get(0).tls().verdict().pkixTrusted()).isTrue();
    Finding changed =
        attacked.report().findings().stream()
            .filter(f -> f.code().equals(KEY_CHANGED))
            .findFirst()
            .orElseThrow(() -> new AssertionError("not raised: " + codes(attacked)));
    assertThat(changed.subject()).startsWith("mx1.good.mail.test ");
    assertThat(changed.evidence())
        .anyMatch(e -> e.startsWith("earlier: session " + plain.historyId() + " of "))
        .contains("trusted by the web PKI for this name: yes");
    assertThat(attacked.report().connections().get(0).findings()).contains(changed);
    try (HistoryStore history = HistoryStore.open(home.resolve("history.db"))) {
      assertThat(history.load(attacked.historyId()).orElseThrow().findings()).contains(changed);
    }
  }

  @Test
  void trace_twoPlainSessions_raiseNothing() throws Exception {
    trace(null);

    assertThat(codes(trace(null))).doesNotContain(KEY_CHANGED);
  }
}
