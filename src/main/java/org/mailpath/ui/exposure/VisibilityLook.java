package org.mailpath.ui.exposure;

import org.mailpath.exposure.Visibility;

/** How a visibility looks: a symbol and a word (so colour is never the only cue) and a style. */
enum VisibilityLook {
  READABLE("\u2716", "readable", "exposure-readable"),
  READABLE_IF_DOWNGRADED("\u26a0", "if downgraded", "exposure-downgrade"),
  PROTECTED("\u2714", "protected", "exposure-protected"),
  ABSENT("\u2013", "not there", "exposure-absent");

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
