package org.mailpath.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mailpath.finding.FindingCode;

/** The lab's public face: which names it covers, its scenario list, its lifecycle. */
class LabTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      textBlock =
          """
          good.mail.test,     true
          GOOD.MAIL.TEST.,    true
          test,               true
          nosuch.test,        true
          example.com,        false
          test.example.com,   false
          attest,             false
          """)
  void covers_name_isTrueExactlyUnderTest(String name, boolean covered) {
    assertThat(Lab.covers(name)).isEqualTo(covered);
  }

  @Test
  void scenarios_everyExpectedFinding_isAKnownFindingCode() {
    assertThat(Lab.scenarios())
        .flatMap(LabScenario::expectedFindings)
        .allSatisfy(code -> assertThat(FindingCode.byCode(code)).as(code).isPresent());
  }

  @Test
  void scenarios_everyDomain_isUnderTestAndUnique() {
    assertThat(Lab.scenarios())
        .extracting(LabScenario::domain)
        .allMatch(Lab::covers)
        .doesNotHaveDuplicates();
  }

  @Test
  void scenarios_issueList_isPresentWithItsFindings() {
    assertThat(Lab.scenarios())
        .extracting(LabScenario::domain)
        .containsSubsequence(
            "good.mail.test",
            "nostarttls.mail.test",
            "tls10.mail.test",
            "noems.mail.test",
            "keyusage.mail.test",
            "expired.mail.test",
            "nullmx.mail.test",
            "implicit.mail.test",
            "multi.mail.test");
    assertThat(scenario("good.mail.test").expectedFindings()).isEmpty();
    assertThat(scenario("multi.mail.test").expectedFindings())
        .containsExactlyInAnyOrder("starttls-not-supported", "connection-refused");
    assertThat(scenario("tls10.mail.test").expectedFindings()).doesNotContain("tls12-without-ems");
  }

  @Test
  void prepare_unknownNameUnderTest_returnsRouteWithLabCa() {
    try (Lab lab = Lab.start(Duration.ZERO)) {
      LabRoute route = lab.prepare("nosuch.test");

      assertThat(route.dnsServer().getAddress().isLoopbackAddress()).isTrue();
      assertThat(route.trustAnchors()).containsExactly(Lab.caCertificate());
    }
  }

  @Test
  void prepare_fromManyThreadsAtOnce_returnsOneRouteWithoutError() throws Exception {
    int threads = 8;
    ExecutorService executor = Executors.newFixedThreadPool(threads);
    try (Lab lab = Lab.start(Duration.ZERO)) {
      List<Callable<LabRoute>> calls =
          Collections.nCopies(threads, () -> lab.prepare("mx1.good.mail.test"));
      Set<LabRoute> routes = new HashSet<>();
      for (Future<LabRoute> route : executor.invokeAll(calls)) {
        routes.add(route.get());
      }

      assertThat(routes).hasSize(1);
    } finally {
      executor.shutdownNow();
    }
  }

  @Test
  void prepare_afterClose_throwsIllegalState() {
    Lab lab = Lab.start(Duration.ZERO);
    lab.close();

    assertThatThrownBy(() -> lab.prepare("good.mail.test"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void shared_calledTwice_returnsTheSameLab() {
    assertThat(Lab.shared()).isSameAs(Lab.shared());
  }

  @Test
  void twoLabs_inOneProcess_useDifferentPorts() {
    try (Lab first = Lab.start(Duration.ZERO);
        Lab second = Lab.start(Duration.ZERO)) {
      LabRoute a = first.prepare("good.mail.test");
      LabRoute b = second.prepare("good.mail.test");

      assertThat(a.smtpPort()).isNotEqualTo(b.smtpPort());
      assertThat(a.dnsServer()).isNotEqualTo(b.dnsServer());
    }
  }

  private static LabScenario scenario(String domain) {
    return Lab.scenarios().stream()
        .filter(s -> s.domain().equals(domain))
        .findFirst()
        .orElseThrow();
  }
}
