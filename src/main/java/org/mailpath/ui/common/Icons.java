package org.mailpath.ui.common;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.Shape;
import org.mailpath.context.StepStatus;
import org.mailpath.finding.Severity;

/**
 * Small vector icons that tell severities and step states apart by shape and glyph, not only by
 * colour: a circle with a tick (good), a circle with "i" (info), a triangle with "!" (warning), an
 * octagon with "×" (error). Colours come from the style sheet.
 */
public final class Icons {

  private static final double SIZE = 16;

  private static final String TICK = "M4.6 8.3 L7 10.6 L11.4 5.6";
  private static final String INFO = "M8 7.3 V11.6 M8 4.5 V4.7";
  private static final String BANG = "M8 5.6 V9.6 M8 11.9 V12.1";
  private static final String CROSS = "M5.6 5.6 L10.4 10.4 M10.4 5.6 L5.6 10.4";
  private static final String DASH = "M5 8 H11";
  private static final String SLASH = "M5.2 10.8 L10.8 5.2";
  private static final String QUESTION =
      "M6 6.4 C6 4.4 10 4.4 10 6.4 C10 7.8 8 7.8 8 9.4 M8 11 V11.2";
  private static final String DOT = "M8 7.9 V8.1";

  private Icons() {}

  public static Node severity(Severity severity) {
    return switch (severity) {
      case PASS -> icon(circle(), TICK, "severity-pass");
      case INFO -> icon(circle(), INFO, "severity-info");
      case WARNING -> icon(triangle(), BANG, "severity-warning");
      case INCONCLUSIVE -> icon(ring(), QUESTION, "severity-inconclusive");
      case ERROR -> icon(octagon(), CROSS, "severity-error");
    };
  }

  public static Node status(StepStatus status) {
    String styleClass = "status-" + status.name().toLowerCase(Locale.ROOT);
    return switch (status) {
      case OK -> icon(circle(), TICK, styleClass);
      case RUNNING -> icon(ring(), DOT, styleClass);
      case WARNING -> icon(triangle(), BANG, styleClass);
      case INCONCLUSIVE -> icon(ring(), QUESTION, styleClass);
      case FAILED -> icon(octagon(), CROSS, styleClass);
      case SKIPPED -> icon(ring(), DASH, styleClass);
      case CANCELLED -> icon(ring(), SLASH, styleClass);
    };
  }

  /** A tick or a cross, for yes/no facts such as "PKIX trusted". */
  public static Node verdict(boolean good) {
    return good ? icon(circle(), TICK, "verdict-yes") : icon(octagon(), CROSS, "verdict-no");
  }

  private static Node icon(Shape outline, String glyph, String styleClass) {
    outline.getStyleClass().add("icon-shape");
    SVGPath mark = new SVGPath();
    mark.setContent(glyph);
    mark.getStyleClass().add("icon-mark");
    StackPane icon = new StackPane(outline, mark);
    icon.getStyleClass().addAll("icon", styleClass);
    icon.setMinSize(SIZE, SIZE);
    icon.setPrefSize(SIZE, SIZE);
    icon.setMaxSize(SIZE, SIZE);
    return icon;
  }

  private static Shape circle() {
    return new Circle(7);
  }

  private static Shape ring() {
    Circle ring = new Circle(6.3);
    ring.getStyleClass().add("icon-ring");
    return ring;
  }

  private static Shape triangle() {
    return new Polygon(8, 0.8, 15.4, 14.6, 0.6, 14.6);
  }

  private static Shape octagon() {
    double r = 7.5;
    double a = r * Math.tan(Math.PI / 8); // half a side of a regular octagon
    return new Polygon(-a, -r, a, -r, r, -a, r, a, a, r, -a, r, -r, a, -r, -a);
  }
}
