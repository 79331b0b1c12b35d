package org.mailpath.ui.preferences;

import java.util.Locale;

/**
 * Where the window's three dividers are, each as the fraction of its split pane before it: the
 * history column beside the tabs, the timeline above the findings, and the timeline and findings
 * beside the details. Kept in the settings file as three numbers, e.g. {@code 0.230 0.560 0.640}.
 */
public record WindowLayout(double history, double timeline, double details) {

  /** Where the dividers are in a new window. */
  public static final WindowLayout DEFAULT = new WindowLayout(0.23, 0.56, 0.64);

  /** A divider nearer an edge than this hides what is beside it: not worth keeping. */
  private static final double EDGE = 0.05;

  /** The layout written by {@link #text()}; the default when missing or unreadable. */
  public static WindowLayout parse(String text) {
    if (text == null) {
      return DEFAULT;
    }
    String[] words = text.trim().split("\\s+");
    if (words.length != 3) {
      return DEFAULT;
    }
    try {
      WindowLayout read =
          new WindowLayout(
              Double.parseDouble(words[0]),
              Double.parseDouble(words[1]),
              Double.parseDouble(words[2]));
      return read.usable() ? read : DEFAULT;
    } catch (NumberFormatException e) {
      return DEFAULT;
    }
  }

  /** As the settings file keeps it. */
  public String text() {
    return String.format(Locale.ROOT, "%.3f %.3f %.3f", history, timeline, details);
  }

  private boolean usable() {
    return inside(history) && inside(timeline) && inside(details);
  }

  private static boolean inside(double fraction) {
    return fraction >= EDGE && fraction <= 1 - EDGE; // false for NaN too
  }
}
