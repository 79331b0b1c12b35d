package org.mailpath.ui.senders;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import org.mailpath.policy.senders.MtaTime;
import org.mailpath.policy.senders.RetrySchedule;
import org.mailpath.policy.senders.RetryTimeline;

/**
 * "Defer or bounce?" drawn: one row per retry schedule of the deferring senders and one for a
 * sender that bounces on the first failure, on a time axis from 0 to 5 days stretched near 0 (the
 * axis of {@link RetryTimeline}). Attempts are ticks, a delay warning a diamond, the bounce a
 * square; each mark has its words in a tooltip and the legend, so colour only adds.
 */
final class RetryTimelineChart extends Pane {

  static final double LABEL_WIDTH = 240;
  static final double NOTE_WIDTH = 150;
  static final double ROW_HEIGHT = 36;

  /** Closer attempts than this (pixels) are drawn as one tick; the tooltip still names each. */
  static final double MIN_TICK_GAP = 4;

  static final double LEGEND_HEIGHT = 24;
  static final double AXIS_HEIGHT = 26;
  static final double PAD = 12;

  private List<RetryTimeline.Row> rows = List.of();

  RetryTimelineChart() {
    getStyleClass().add("retry-timeline");
    setId("retry-timeline");
    widthProperty().addListener((o, before, now) -> draw());
    setMinHeight(0);
  }

  void show(List<RetryTimeline.Row> shown) {
    rows = List.copyOf(shown);
    draw();
  }

  @Override
  protected double computePrefHeight(double width) {
    return LEGEND_HEIGHT + rows.size() * ROW_HEIGHT + AXIS_HEIGHT + 2 * PAD;
  }

  @Override
  protected double computePrefWidth(double height) {
    return LABEL_WIDTH + NOTE_WIDTH + 500;
  }

  private double x(long seconds) {
    double left = PAD + LABEL_WIDTH;
    double right = Math.max(left + 100, getWidth() - PAD - NOTE_WIDTH);
    return left + RetryTimeline.position(seconds) * (right - left);
  }

  private void draw() {
    getChildren().clear();
    if (rows.isEmpty()) {
      return;
    }
    legend();
    double y = PAD + LEGEND_HEIGHT;
    for (int i = 0; i < rows.size(); i++) {
      row(i, rows.get(i), y + i * ROW_HEIGHT + ROW_HEIGHT / 2);
    }
    axis(y + rows.size() * ROW_HEIGHT);
    requestLayout();
  }

  private void legend() {
    double y = PAD + 6;
    double at = PAD + LABEL_WIDTH;
    add(tick(at, y), "retry-attempt");
    at = right(text("tries again", at + 8, y - 8, "retry-legend")) + 18;
    add(diamond(at, y), "retry-warning");
    at = right(text("warns the sender that mail is delayed", at + 10, y - 8, "retry-legend")) + 18;
    add(square(at, y), "retry-bounce");
    at = right(text("gives up: returns the message", at + 10, y - 8, "retry-legend")) + 18;
    Line dashed = new Line(at, y, at + 24, y);
    add(dashed, "retry-unknown");
    text("not known", at + 30, y - 8, "retry-legend");
  }

  private void row(int index, RetryTimeline.Row row, double y) {
    RetrySchedule s = row.schedule();
    Label name = new Label(row.senders());
    name.setId("retry-row-" + index);
    name.getStyleClass().add("retry-row-label");
    name.setWrapText(true);
    name.setPrefWidth(LABEL_WIDTH - 12);
    name.setMaxWidth(LABEL_WIDTH - 12);
    name.setMinHeight(ROW_HEIGHT - 4);
    name.setMaxHeight(ROW_HEIGHT - 4);
    name.setAlignment(Pos.CENTER_LEFT);
    name.relocate(PAD, y - ROW_HEIGHT / 2 + 2);
    Tooltip.install(name, tip(s.mta()));
    getChildren().add(name);

    boolean bounceAtOnce = s.giveUpSeconds() != null && s.giveUpSeconds() == 0;
    Long giveUp = s.giveUpSeconds();
    double end = giveUp == null ? x(RetryTimeline.END) : x(giveUp);
    Line base = new Line(x(0), y, end, y);
    add(base, s.attemptsKnown() ? "retry-line" : "retry-unknown");
    install(base, s.attempts());
    double last = Double.NEGATIVE_INFINITY;
    for (long t : s.attemptSeconds()) {
      if (x(t) - last >= MIN_TICK_GAP) {
        last = x(t);
        install(add(tick(last, y), "retry-attempt"), "attempt after " + MtaTime.words(t));
      }
    }
    for (long t : s.warningSeconds()) {
      install(add(diamond(x(t), y), "retry-warning"), "delay warning: " + s.warning());
    }
    if (giveUp != null) {
      install(add(square(x(giveUp), y), "retry-bounce"), "returned: " + s.giveUp());
    }
    double noteX = x(RetryTimeline.END) + 14;
    if (bounceAtOnce) {
      text(
          "returned at once: the sender learns within seconds, but a transient problem loses"
              + " the message",
          x(0) + 14,
          y - 9,
          "retry-note");
    } else if (giveUp == null) {
      text("give-up not known", noteX, y - 9, "retry-note");
    } else {
      text("returned after " + MtaTime.words(giveUp), noteX, y - 9, "retry-note");
    }
    if (!s.attemptsKnown() && !bounceAtOnce) {
      text("retry times not known", x(0) + 12, y - 24, "retry-note");
    }
  }

  private void axis(double y) {
    Line line = new Line(x(0), y, x(RetryTimeline.END), y);
    add(line, "retry-axis");
    for (long t : RetryTimeline.TICKS) {
      add(new Line(x(t), y, x(t), y + 4), "retry-axis");
      String label = RetryTimeline.tickLabel(t);
      text(label, x(t) - label.length() * 3.2, y + 5, "retry-axis-label");
    }
  }

  private static Line tick(double x, double y) {
    return new Line(x, y - 7, x, y + 7);
  }

  private static Polygon diamond(double x, double y) {
    return new Polygon(x, y - 7, x + 6, y, x, y + 7, x - 6, y);
  }

  private static Rectangle square(double x, double y) {
    return new Rectangle(x - 5, y - 5, 10, 10);
  }

  private Label text(String words, double x, double y, String style) {
    Label label = new Label(words);
    label.getStyleClass().add(style);
    label.relocate(x, y);
    getChildren().add(label);
    return label;
  }

  /** Where a text ends, for whatever follows it on the line. */
  private static double right(Label label) {
    label.applyCss();
    return label.getLayoutX() + label.prefWidth(-1);
  }

  private Node add(Node node, String style) {
    node.getStyleClass().add(style);
    getChildren().add(node);
    return node;
  }

  private static void install(Node node, String words) {
    Tooltip.install(node, tip(words));
  }

  private static Tooltip tip(String words) {
    Tooltip tip = new Tooltip(words);
    tip.setWrapText(true);
    tip.setMaxWidth(480);
    tip.setShowDelay(Duration.millis(200));
    return tip;
  }
}
