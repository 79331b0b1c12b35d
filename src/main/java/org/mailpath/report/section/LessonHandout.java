package org.mailpath.report.section;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mailpath.exposure.Protection;
import org.mailpath.finding.Finding;
import org.mailpath.lesson.Check;
import org.mailpath.lesson.Lesson;
import org.mailpath.lesson.LessonRun;
import org.mailpath.lesson.LessonStep;
import org.mailpath.lesson.Notice;
import org.mailpath.policy.senders.RetryTimeline;
import org.mailpath.policy.senders.SenderOutcome;
import org.mailpath.report.doc.Block;
import org.mailpath.report.doc.Block.Cell;
import org.mailpath.report.doc.Block.Column;
import org.mailpath.report.doc.Block.Fact;
import org.mailpath.report.doc.Tone;
import org.mailpath.trace.TraceReport;

/**
 * One lesson as a handout: its title and narrative, then for each lab trace the address, what to
 * notice (each item with whether the trace showed it and the fact it rests on) and the evidence the
 * items point at — the findings they name, the rows of the senders they name, the retry timeline
 * when an item is about one, and the exposure matrix of each protection they name. The evidence is
 * drawn by the report's own sections, so a handout and a report show a finding alike.
 */
public final class LessonHandout {
  private LessonHandout() {}

  static final String SHOWN = "✓ shown";
  static final String NOT_SHOWN = "✗ not shown";

  private static final List<Column> NOTICE_COLUMNS =
      List.of(
          new Column("Shown?", 12, false),
          new Column("What to notice", 48, false),
          new Column("What the trace showed", 40, false));

  /** The handout's blocks; its level-1 heading is "Lesson N: title". */
  public static List<Block> render(LessonRun run) {
    Lesson lesson = run.lesson();
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Heading(1, "Lesson " + lesson.number() + ": " + lesson.title()));
    lesson.narrative().forEach(p -> blocks.add(new Block.Paragraph(p)));
    for (int i = 0; i < lesson.steps().size(); i++) {
      blocks.addAll(
          step(lesson.steps().get(i), i + 1, lesson.steps().size(), run.reports().get(i)));
    }
    return blocks;
  }

  private static List<Block> step(LessonStep step, int index, int count, TraceReport report) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Heading(2, "Trace " + index + " of " + count + ": " + step.target()));
    List<Fact> facts = new ArrayList<>();
    facts.add(Fact.mono("Lab address", step.target()));
    facts.add(Fact.mono("Command", step.commandLine()));
    if (step.attacker() != null) {
      facts.add(Fact.of("On-path attacker", "on (" + step.attacker() + ")"));
    }
    blocks.add(new Block.Facts(facts));
    if (!step.caption().isEmpty()) {
      blocks.add(new Block.Paragraph(step.caption()));
    }
    blocks.add(new Block.Heading(3, "What to notice"));
    blocks.add(new Block.Table(NOTICE_COLUMNS, notices(step, report)));
    blocks.addAll(evidence(step, report));
    return blocks;
  }

  private static List<List<Cell>> notices(LessonStep step, TraceReport report) {
    List<List<Cell>> rows = new ArrayList<>();
    for (Notice notice : step.notices()) {
      boolean holds = notice.check().holds(report);
      rows.add(
          List.of(
              new Cell(holds ? SHOWN : NOT_SHOWN, holds ? Tone.PASS : Tone.ERROR),
              Cell.of(notice.text()),
              new Cell(notice.check().fact(report), Tone.MUTED)));
    }
    return rows;
  }

  /** The evidence the step's items rest on, each kind once. */
  private static List<Block> evidence(LessonStep step, TraceReport report) {
    Set<String> codes = new LinkedHashSet<>();
    Set<String> senders = new LinkedHashSet<>();
    boolean retries = false;
    Map<Protection, Check.ExposureCell> protections = new LinkedHashMap<>();
    for (Notice notice : step.notices()) {
      Check check = notice.check();
      if (check instanceof Check.FindingRaised f) {
        codes.add(f.code());
      } else if (check instanceof Check.SenderDelivers s) {
        senders.add(s.sender());
      } else if (check instanceof Check.SenderRetries r) {
        senders.add(r.sender());
        retries = true;
      } else if (check instanceof Check.ExposureCell e) {
        protections.putIfAbsent(e.protection(), e);
      }
    }
    List<Block> blocks = new ArrayList<>();
    List<Finding> findings =
        report.findings().stream().filter(f -> codes.contains(f.code())).toList();
    if (!findings.isEmpty()) {
      blocks.add(new Block.Heading(3, "The findings"));
      findings.forEach(f -> blocks.add(FindingsSection.card(report, f)));
    }
    List<SenderOutcome> outcomes =
        report.outcomes().stream().filter(o -> senders.contains(o.sender())).toList();
    if (!outcomes.isEmpty()) {
      blocks.add(new Block.Heading(3, "What these senders would do"));
      blocks.add(OutcomesSection.table(outcomes));
      if (retries) {
        blocks.addAll(RetryTimelineBlocks.render(RetryTimeline.rows(outcomes)));
      }
    }
    for (Check.ExposureCell cell : protections.values()) {
      blocks.add(new Block.Heading(3, "Who can read what: " + cell.protection().label()));
      blocks.addAll(ExposureSection.matrix(cell.matrix(report)));
    }
    return blocks;
  }
}
