package org.mailpath.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PortBlockFindingTest {

  private static PortBlockFinding.Attempt attempt(int n, int port, String outcome) {
    ConnectOutcome connect =
        switch (outcome) {
          case "timeout" -> ConnectOutcome.TIMED_OUT;
          case "refused" -> ConnectOutcome.REFUSED;
          default -> ConnectOutcome.CONNECTED;
        };
    return new PortBlockFinding.Attempt(
        new ConnectionPlan("c" + n, "mx" + n + ".example.org", 10, "192.0.2." + n, port), connect);
  }

  @ParameterizedTest(name = "{0} on port {1} -> {2}")
  @CsvSource(
      textBlock =
          """
          timeout timeout,           25,   true
          timeout timeout timeout,   25,   true
          timeout,                   25,   false
          timeout refused,           25,   false
          timeout connected,         25,   false
          timeout timeout,           2525, false
          """)
  void of_connectOutcomes_decideWhetherPort25LooksBlocked(
      String outcomes, int port, boolean blocked) {
    List<PortBlockFinding.Attempt> attempts = new ArrayList<>();
    String[] each = outcomes.split(" ");
    for (int i = 0; i < each.length; i++) {
      attempts.add(attempt(i + 1, port, each[i]));
    }

    assertThat(PortBlockFinding.of("example.org", attempts).isPresent()).isEqualTo(blocked);
  }
}
