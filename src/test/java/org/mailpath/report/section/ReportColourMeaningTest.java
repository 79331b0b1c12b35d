package org.mailpath.report.section;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailpath.exposure.Cell;
import org.mailpath.exposure.Observer;
import org.mailpath.exposure.Visibility;
import org.mailpath.policy.senders.SenderOutcome;
import org.mailpath.report.doc.Block;
import org.mailpath.report.doc.Tone;

/** The PDF's colours mean what the window's mean: danger only for what others can read. */
class ReportColourMeaningTest {

  @Test
  void exposureCell_recipientsOwnClientReads_isTheIntendedReaderNotDanger() {
    Block.Cell cell = ExposureSection.cell(cell(Observer.RECIPIENT_CLIENT, Visibility.READABLE));

    assertThat(cell.tone()).isNotEqualTo(Tone.ERROR);
    assertThat(cell.text()).isEqualTo("reader");
  }

  @Test
  void exposureCell_relayReads_isDanger() {
    Block.Cell cell = ExposureSection.cell(cell(Observer.RELAY, Visibility.READABLE));

    assertThat(cell.tone()).isEqualTo(Tone.ERROR);
    assertThat(cell.text()).isEqualTo("READ");
  }

  @Test
  void outcomesTable_safeDeferral_isNotDangerAndClearTextIs() {
    Block.Table table =
        OutcomesSection.table(
            List.of(outcome("postfix-encrypt", "defer"), outcome("x", "deliver-clear")));

    assertThat(table.rows().get(0).get(1).tone()).isNotEqualTo(Tone.ERROR);
    assertThat(table.rows().get(1).get(1).tone()).isEqualTo(Tone.ERROR);
  }

  private static Cell cell(Observer observer, Visibility visibility) {
    return new Cell(observer, visibility, "why", "RFC 5321");
  }

  private static SenderOutcome outcome(String sender, String delivery) {
    return new SenderOutcome(
        sender, "label", delivery, null, null, null, "reason", "source", null, null, null);
  }
}
