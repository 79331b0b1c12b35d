package org.mailpath.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mailpath.address.TargetParser;
import org.mailpath.exposure.ExposureMatrix;
import org.mailpath.exposure.Observer;
import org.mailpath.exposure.Part;
import org.mailpath.exposure.Visibility;
import org.mailpath.lab.Lab;
import org.mailpath.trace.TraceListener;
import org.mailpath.trace.TraceOptions;

/**
 * The exposure matrix in trace reports follows the traced transport: between two lab domains it
 * differs exactly in the cells of the last hop's observers, and only where the transport differs.
 */
class LabExposureTest {

  private static ExecutorService executor;
  private static Lab lab;

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

  private static ExposureMatrix exposure(String domain) throws Exception {
    TraceService service = new TraceService(executor, Clock.systemUTC(), () -> lab, null);
    return service
        .trace(
            TargetParser.parse("alice@" + domain),
            TraceOptions.builder().quick(true).build(),
            false,
            TraceListener.NONE)
        .get(60, TimeUnit.SECONDS)
        .report()
        .exposure();
  }

  @ParameterizedTest(name = "{0} vs {1}: Subject to a passive listener {2} / {3}")
  @CsvSource(
      textBlock =
          """
          good.mail.test, nostarttls.mail.test, READABLE_IF_DOWNGRADED, READABLE
          good.mail.test, tls10.mail.test,      READABLE_IF_DOWNGRADED, READABLE
          good.mail.test, dane.mail.test,       READABLE_IF_DOWNGRADED, PROTECTED
          good.mail.test, sts.mail.test,        READABLE_IF_DOWNGRADED, PROTECTED
          """)
  void exposure_twoDomains_differOnlyOnTheLastHop(
      String a, String b, Visibility subjectA, Visibility subjectB) throws Exception {
    ExposureMatrix first = exposure(a);
    ExposureMatrix second = exposure(b);

    assertThat(first.cellAt(Part.SUBJECT, Observer.PASSIVE_LISTENER).visibility())
        .isEqualTo(subjectA);
    assertThat(second.cellAt(Part.SUBJECT, Observer.PASSIVE_LISTENER).visibility())
        .isEqualTo(subjectB);
    List<String> differing = new ArrayList<>();
    for (Part part : Part.values()) {
      for (Observer observer : Observer.values()) {
        var x = first.cellAt(part, observer);
        var y = second.cellAt(part, observer);
        assertThat(y.reason()).isNotBlank();
        assertThat(y.rfc()).isNotBlank();
        if (x.visibility() != y.visibility()) {
          differing.add(part + "/" + observer);
          assertThat(observer.onLastHop())
              .as("%s/%s differs but is not on the last hop", part, observer)
              .isTrue();
        }
      }
    }
    assertThat(differing).isNotEmpty();
  }
}
