package org.mailpath.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The history benchmark as a test. It takes about a minute, so it runs only when asked: {@code
 * ./mvnw -q -B test -Dtest=HistoryBenchmarkTest -Dmailpath.benchmark=true}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "mailpath.benchmark", matches = "true")
class HistoryBenchmarkTest {

  @Test
  void run_tenThousandSessions_everyOperationWithinGoal() throws IOException {
    Map<String, Duration> timings = HistoryBenchmark.run(HistoryBenchmark.SESSIONS, System.out);

    assertThat(timings).hasSize(6);
    assertThat(timings.values()).allMatch(d -> d.compareTo(HistoryBenchmark.GOAL) <= 0);
  }
}
