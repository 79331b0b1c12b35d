package org.mailpath.report.section;

import java.util.List;
import org.mailpath.context.StepRecord;
import org.mailpath.context.StepStatus;
import org.mailpath.report.doc.Block;
import org.mailpath.report.doc.Block.Cell;
import org.mailpath.report.doc.Block.Column;
import org.mailpath.report.doc.Tone;

/** A step timeline: when each step started, how long it took, how it ended. */
final class StepTable {

  private static final List<Column> COLUMNS =
      List.of(
          new Column("At", 11, true),
          new Column("Step", 18, false),
          // wide enough for "inconclusive" in bold on one line
          new Column("Result", 15, false),
          new Column("Took", 9, false),
          new Column("Outcome", 47, false));

  private StepTable() {}

  static Block.Table of(List<StepRecord> steps, ReportContext context) {
    List<List<Cell>> rows =
        steps.stream()
            .map(
                s ->
                    List.of(
                        Cell.of(context.sinceStart(s.started())),
                        Cell.of(s.kind().label()),
                        new Cell(s.status().label(), tone(s.status())),
                        Cell.of(ReportContext.seconds(s.duration())),
                        Cell.of(s.summary() == null ? "" : s.summary())))
            .toList();
    return new Block.Table(COLUMNS, rows);
  }

  private static Tone tone(StepStatus status) {
    return switch (status) {
      case OK -> Tone.PASS;
      case WARNING -> Tone.WARNING;
      case INCONCLUSIVE -> Tone.INCONCLUSIVE;
      case FAILED -> Tone.ERROR;
      case RUNNING, SKIPPED, CANCELLED -> Tone.MUTED;
    };
  }
}
