package org.mailpath.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mailpath.finding.FindingCode;
import org.mailpath.smtp.SmtpObservation;

class PortBlockFindingTest {

  private static ConnectionReport connection(int n, int port, String outcome) {
    boolean connected = outcome.equals("connected");
    var findings =
        switch (outcome) {
          case "timeout" -> List.of(FindingCode.CONNECTION_TIMEOUT.raise("x", "timed out"));
          case "refused" -> List.of(FindingCode.CONNECTION_REFUSED.raise("x", "refused"));
          default -> List.<org.mailpath.finding.Finding>of();
        };
    return new ConnectionReport(
        new ConnectionPlan("c" + n, "mx" + n + ".example.org", 10, "192.0.2." + n, port),
        List.of(),
        List.of(),
        new SmtpObservation(connected, null, 0, false, List.of(), false, null, List.of()),
        null,
        List.of(),
        List.of(),
        findings);
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
    List<ConnectionReport> connections = new ArrayList<>();
    String[] each = outcomes.split(" ");
    for (int i = 0; i < each.length; i++) {
      connections.add(connection(i + 1, port, each[i]));
    }

    assertThat(PortBlockFinding.of("example.org", connections).isPresent()).isEqualTo(blocked);
  }
}
