package org.mailpath.ui.exposure;

import org.mailpath.exposure.Observer;
import org.mailpath.exposure.Visibility;

/**
 * How a visibility looks: a symbol and a word (so colour is never the only cue) and a style class,
 * coloured by the window's style sheet (resources/ui/mailpath.css) with the PDF report's meaning:
 * danger only for what others can read, the recipient's own client as the intended reader.
 */
enum VisibilityLook {
  READABLE("\u2716", "readable", "visibility-readable"),
  READABLE_IF_DOWNGRADED("\u26a0", "if downgraded", "visibility-downgrade"),
  PROTECTED("\u2714", "protected", "visibility-protected"),
  ABSENT("\u2013", "not there", "visibility-absent"),
  /** The recipient's own mail client reading the message: the point of sending it. */
  INTENDED_READER("\u2709", "reader", "visibility-reader");

  private final String symbol;
  private final String word;
  private final String styleClass;

  VisibilityLook(String symbol, String word, String styleClass) {
    this.symbol = symbol;
    this.word = word;
    this.styleClass = styleClass;
  }

  static VisibilityLook of(Visibility v) {
    return valueOf(v.name());
  }

  /** The look of one matrix cell: what the intended reader reads is not shown as an exposure. */
  static VisibilityLook of(Visibility v, Observer observer) {
    return observer.intendedReader() && v == Visibility.READABLE ? INTENDED_READER : of(v);
  }

  /** "✖ readable" */
  String text() {
    return symbol + " " + word;
  }

  String styleClass() {
    return styleClass;
  }

  static boolean isLookClass(String styleClass) {
    for (VisibilityLook look : values()) {
      if (look.styleClass.equals(styleClass)) {
        return true;
      }
    }
    return false;
  }
}
