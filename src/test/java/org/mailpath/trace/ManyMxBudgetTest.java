package org.mailpath.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mailpath.context.Budgets;

/**
 * A domain with 1,000 MX records that all point at one address, traced by a process of its own so
 * that its memory can be measured: the engine keeps its budgets whatever the answer says — never
 * more than two connections open to the address, the first hosts by preference probed and the rest
 * named in a finding, a bounded number of DNS questions — ends within its deadline, and stays below
 * 300 MB resident.
 */
class ManyMxBudgetTest {

  private static final int MX_COUNT = 1_000;
  private static final long DEADLINE_SECONDS = 20;
  private static final long PEAK_RESIDENT_LIMIT_KB = 300L * 1024;
  // Before the budgets the same answer started about 4,400 threads; the engine now needs 16.
  private static final int MOST_THREADS = 64;

  @Test
  void trace_thousandMxOnOneAddress_keepsBudgetsDeadlineAndMemory() throws Exception {
    assumeTrue(Files.isReadable(Path.of("/proc/self/status")), "needs Linux /proc");
    CountingSmtpPeer peer = new CountingSmtpPeer();
    try (ManyMxDns dns = new ManyMxDns(MX_COUNT);
        HostileServer smtp = new HostileServer(peer)) {
      Map<String, String> spent = traceInChildProcess(dns.address().getPort(), smtp.port());

      System.out.println(
          "1,000 MX on one address, what the trace spent: "
              + spent
              + ", DNS questions="
              + dns.questions());
      Budgets budgets = Budgets.defaults();
      assertThat(spent.get("mx-hosts")).isEqualTo(String.valueOf(MX_COUNT));
      assertThat(Integer.parseInt(spent.get("connections"))).isEqualTo(budgets.mxHosts());
      assertThat(peer.sessions()).isEqualTo(budgets.mxHosts());
      assertThat(peer.mostOpen()).isLessThanOrEqualTo(budgets.connectionsPerAddress());
      assertThat(dns.questions()).isLessThanOrEqualTo(budgets.dnsQueries());
      assertThat(Integer.parseInt(spent.get("peak-threads")))
          .as("threads at most, the JVM's own included")
          .isLessThan(MOST_THREADS);
      assertThat(spent.get("findings"))
          .contains("mx-hosts-not-probed")
          .doesNotContain("mx-unresolvable", "dns-servfail");
      assertThat(Long.parseLong(spent.get("elapsed-ms")))
          .isLessThan(TimeUnit.SECONDS.toMillis(DEADLINE_SECONDS));
      assertThat(Long.parseLong(spent.get("peak-rss-kb")))
          .as("peak resident memory of the tracing process, KB")
          .isBetween(1L, PEAK_RESIDENT_LIMIT_KB);
    }
  }

  /** Runs {@link ManyMxTraceChild} with the JVM's defaults, as `java -jar` would. */
  private static Map<String, String> traceInChildProcess(int dnsPort, int smtpPort)
      throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                List.of(
                    java,
                    "-cp",
                    System.getProperty("java.class.path"),
                    ManyMxTraceChild.class.getName(),
                    String.valueOf(dnsPort),
                    String.valueOf(smtpPort),
                    String.valueOf(DEADLINE_SECONDS)))
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    boolean ended = child.waitFor(DEADLINE_SECONDS * 3, TimeUnit.SECONDS);
    if (!ended) {
      child.destroyForcibly();
    }
    assertThat(ended).as("the tracing process ended").isTrue();
    assertThat(child.exitValue()).isZero();
    Map<String, String> spent = new HashMap<>();
    String printed = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    for (String line : printed.split("\n")) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        spent.put(line.substring(0, eq), line.substring(eq + 1).strip());
      }
    }
    return spent;
  }
}
