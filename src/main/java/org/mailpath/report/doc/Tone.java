package org.mailpath.report.doc;

import org.mailpath.finding.Severity;

/**
 * How a piece of the report should strike the reader: each renderer maps it to a colour or mark.
 */
public enum Tone {
  NEUTRAL("Note"),
  MUTED("Aside"),
  PASS("Pass"),
  INFO("Info"),
  WARNING("Warning"),
  INCONCLUSIVE("Inconclusive"),
  ERROR("Error");

  private final String label;

  Tone(String label) {
    this.label = label;
  }

  /** The word a text renderer prints for a marked paragraph: "Warning", "Error". */
  public String label() {
    return label;
  }

  public static Tone of(Severity severity) {
    return switch (severity) {
      case PASS -> PASS;
      case INFO -> INFO;
      case WARNING -> WARNING;
      case INCONCLUSIVE -> INCONCLUSIVE;
      case ERROR -> ERROR;
    };
  }

  /** "pass", "warning": the CSS class name. */
  public String cssClass() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
