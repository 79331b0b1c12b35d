package org.mailpath.report.section;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mailpath.policy.senders.RetrySchedule;
import org.mailpath.policy.senders.RetryTimeline;
import org.mailpath.report.doc.Block;
import org.mailpath.report.doc.Block.Cell;
import org.mailpath.report.doc.Block.Column;
import org.mailpath.report.doc.Tone;

/**
 * "Defer or bounce?" in the outcomes section: what each deferring sender does next, beside the
 * sender that bounces at once, as a table with a drawn strip on the window's time axis.
 */
final class RetryTimelineBlocks {
  private RetryTimelineBlocks() {}

  /** Characters in a strip: enough to tell minutes, hours and days apart on the axis. */
  static final int STRIP = 48;

  private static final List<Column> COLUMNS =
      List.of(
          new Column("Sender", 16, false),
          new Column("Tries again", 32, false),
          new Column("Warns the sender", 24, false),
          new Column("Returns the message", 28, false));

  private static final List<Column> STRIP_COLUMNS =
      List.of(new Column("Sender", 30, false), new Column("0 to 5 days", 70, true));

  static List<Block> render(List<RetryTimeline.Row> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Heading(2, "Defer or bounce: what happens next"));
    blocks.add(
        new Block.Paragraph(
            "A sender that defers keeps the message and tries again, from its MTA's documented"
                + " defaults; a sender that bounced on the first failure would tell its user within"
                + " seconds, but a transient problem would lose the message. In the strip, each |"
                + " is an attempt, W a delay warning, B the bounce, ? what is not known; the axis"
                + " runs from 0 to 5 days, stretched at the start (marks at "
                + String.join(
                    ", ", RetryTimeline.TICKS.stream().map(RetryTimeline::tickLabel).toList())
                + ").",
            Tone.MUTED));
    List<List<Cell>> table = new ArrayList<>();
    List<List<Cell>> strips = new ArrayList<>();
    for (RetryTimeline.Row row : rows) {
      RetrySchedule s = row.schedule();
      table.add(
          List.of(
              Cell.of(
                  row.senders().equals(s.mta())
                      ? row.senders()
                      : row.senders() + "\n(" + s.mta() + ")"),
              Cell.of(s.attempts()),
              Cell.of(s.warning()),
              Cell.of(s.giveUp())));
      strips.add(List.of(Cell.of(row.senders()), Cell.of(strip(s))));
    }
    blocks.add(new Block.Table(COLUMNS, table));
    blocks.add(new Block.Table(STRIP_COLUMNS, strips));
    List<String> sources = new ArrayList<>();
    rows.forEach(r -> r.schedule().sources().forEach(src -> addOnce(sources, src)));
    blocks.add(new Block.Bullets(sources));
    return blocks;
  }

  /** The schedule drawn in {@link #STRIP} characters on the window's axis. */
  static String strip(RetrySchedule s) {
    char[] line = new char[STRIP];
    Arrays.fill(line, '-');
    int end = s.giveUpSeconds() == null ? STRIP : column(s.giveUpSeconds()) + 1;
    for (int i = end; i < STRIP; i++) {
      line[i] = ' ';
    }
    if (s.giveUpSeconds() == null || !s.attemptsKnown()) {
      int from = s.attemptsKnown() ? STRIP : 1;
      for (int i = from; i < end; i += 2) {
        line[i] = '?';
      }
    }
    s.attemptSeconds().forEach(t -> line[column(t)] = '|');
    s.warningSeconds().forEach(t -> line[column(t)] = 'W');
    if (s.giveUpSeconds() != null) {
      line[column(s.giveUpSeconds())] = 'B';
    }
    return new String(line);
  }

  private static int column(long seconds) {
    return (int) Math.round(RetryTimeline.position(seconds) * (STRIP - 1));
  }

  private static void addOnce(List<String> list, String item) {
    if (!list.contains(item)) {
      list.add(item);
    }
  }
}
