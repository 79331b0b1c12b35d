package org.mailpath.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mailpath.address.TargetParser;
import org.mailpath.lab.Lab;
import org.mailpath.lab.LabScenario;
import org.mailpath.trace.TraceListener;
import org.mailpath.trace.TraceOptions;
import org.mailpath.trace.TraceReport;

/**
 * Every lab scenario, with the version sweep, on an executor of one thread and of two: the stages
 * compose futures and never hold a pool thread waiting for another task, so a trace is correct on
 * any executor.
 */
class LabScenarioSmallPoolTest {

  private static Lab lab;
  @TempDir static Path home;

  @BeforeAll
  static void start() {
    lab = Lab.start(java.time.Duration.ZERO);
  }

  @AfterAll
  static void stop() {
    lab.close();
  }

  static Stream<Arguments> scenariosOnPools() {
    return Lab.scenarios().stream().flatMap(s -> Stream.of(Arguments.of(s, 1), Arguments.of(s, 2)));
  }

  @ParameterizedTest(name = "{0} on {1} thread(s)")
  @MethodSource("scenariosOnPools")
  void trace_labScenarioOnSmallPool_raisesItsExpectedFindings(LabScenario scenario, int threads)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      TraceService service =
          new TraceService(pool, Clock.systemUTC(), () -> lab, home.resolve("history.db"));
      TraceReport report =
          service
              .trace(
                  TargetParser.parse("alice@" + scenario.domain()),
                  TraceOptions.defaults(),
                  false,
                  TraceListener.NONE)
              .get(60, TimeUnit.SECONDS)
              .report();

      LabScenarioTraceTest.assertRaisesExpectedFindings(report, scenario);
    } finally {
      pool.shutdownNow();
    }
  }
}
