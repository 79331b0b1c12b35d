package org.mailpath.policy.senders;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mailpath.finding.Severity;

/** The one meaning of the danger mark for sender outcomes: others can read the message. */
class DeliveryMarkTest {

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          deliver-authenticated-tls, PASS
          deliver-tls,               WARNING
          deliver-clear,             ERROR
          defer,                     INFO
          bounce,                    WARNING
          """)
  void severity_eachOutcome_marksWhoCouldReadIt(String word, Severity expected) {
    assertThat(Delivery.fromWord(word).severity()).isEqualTo(expected);
  }

  @Test
  void severity_safeDeferral_isNotTheDangerMark() {
    assertThat(Delivery.DEFER.severity()).isNotEqualTo(Delivery.DELIVER_CLEAR.severity());
  }

  @Test
  void severity_dangerMark_onlyForClearTextDelivery() {
    assertThat(Arrays.stream(Delivery.values()).filter(d -> d.severity() == Severity.ERROR))
        .containsExactly(Delivery.DELIVER_CLEAR);
  }
}
