package org.mailpath.ui.batch;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The Batch view's two message lines: what went wrong, and what was just done. FX thread only. */
public final class StatusLine {

  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
  private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice");

  void problem(String text) {
    problem.set(text);
    if (text != null) {
      notice.set(null);
    }
  }

  void notice(String text) {
    notice.set(text);
    if (text != null) {
      problem.set(null);
    }
  }

  void clear() {
    problem.set(null);
    notice.set(null);
  }

  /** Why the last command failed, or null. */
  public ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }

  /** What the last command did, or null. */
  public ReadOnlyStringProperty noticeProperty() {
    return notice.getReadOnlyProperty();
  }
}
