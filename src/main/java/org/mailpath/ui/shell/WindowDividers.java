package org.mailpath.ui.shell;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import org.mailpath.ui.preferences.WindowLayout;

/**
 * The window's three split panes and where their dividers are: the history column beside the tabs,
 * the timeline above the findings, and both beside the details. They start where they were when the
 * window last closed ({@link WindowLayout}); the history column's share is kept while an open
 * lesson or the presentation mode hides it.
 */
final class WindowDividers {

  private WindowLayout start = WindowLayout.DEFAULT;
  private double historyShare = start.history();
  private SplitPane columns;
  private SplitPane work;
  private SplitPane path;

  /** Where the dividers start; moves those already made. */
  void startAt(WindowLayout saved) {
    start = saved;
    historyShare = saved.history();
    if (work != null) {
      work.setDividerPositions(saved.timeline());
    }
    if (path != null) {
      path.setDividerPositions(saved.details());
    }
    if (columns != null && columns.getItems().size() == 2) {
      columns.setDividerPositions(saved.history());
    }
  }

  /** The history column beside the tabs. */
  SplitPane columns(Node history, Node tabs) {
    columns = new SplitPane(history, tabs);
    columns.setDividerPositions(historyShare);
    SplitPane.setResizableWithParent(history, false);
    return columns;
  }

  /** The timeline above the findings. */
  SplitPane work(Node timeline, Node findings) {
    work = new SplitPane(timeline, findings);
    work.setOrientation(Orientation.VERTICAL);
    work.setDividerPositions(start.timeline());
    return work;
  }

  /** The timeline and findings beside the details. */
  SplitPane path(Node work, Node details) {
    path = new SplitPane(work, details);
    path.setDividerPositions(start.details());
    return path;
  }

  /** Shows or hides the history column, keeping its share for when it comes back. */
  void showHistory(Node history, boolean show) {
    if (show && !columns.getItems().contains(history)) {
      columns.getItems().add(0, history);
      columns.setDividerPositions(historyShare);
    } else if (!show && columns.getItems().contains(history)) {
      historyShare = columns.getDividerPositions()[0];
      columns.getItems().remove(history);
    }
  }

  /** Where the dividers are now; where they start until the panes are made. */
  WindowLayout now() {
    if (columns == null || work == null || path == null) {
      return start;
    }
    double history =
        columns.getItems().size() == 2 ? columns.getDividerPositions()[0] : historyShare;
    return new WindowLayout(history, work.getDividerPositions()[0], path.getDividerPositions()[0]);
  }
}
