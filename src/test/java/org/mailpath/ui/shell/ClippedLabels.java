package org.mailpath.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * Finds text a person cannot read whole: a visible {@link Labeled} whose rendered text (the skin's
 * LabeledText child) ends in its ellipsis string ("..." unless set) although its own text does not.
 * A label whose own tooltip carries its whole text is abbreviated, not clipped: hovering it reads
 * the rest, which the issue allows ("wrap, abbreviate with a tooltip, or reflow").
 */
final class ClippedLabels {
  private ClippedLabels() {}

  /**
   * One clipped label.
   *
   * @param text the label's own text
   * @param shown what the skin drew
   * @param owner the nearest mailpath view above it, e.g. "ui.senders.SenderOutcomesView"
   */
  record Clipped(String text, String shown, String owner) {
    @Override
    public String toString() {
      return owner + ": \"" + shown + "\" (is \"" + text + "\")";
    }
  }

  static List<Clipped> in(Node root) {
    List<Clipped> found = new ArrayList<>();
    walk(root, found);
    return found;
  }

  private static void walk(Node node, List<Clipped> found) {
    if (!node.isVisible()) {
      return;
    }
    if (node instanceof Labeled labeled && labeled.getText() != null) {
      String shown = rendered(labeled);
      String own = labeled.getText().strip();
      String ellipsis = labeled.getEllipsisString();
      if (shown != null
          && !ellipsis.isEmpty()
          && shown.strip().endsWith(ellipsis)
          && !own.endsWith(ellipsis)
          && !tooltipCarriesWhole(labeled, own)) {
        found.add(new Clipped(own, shown, owner(labeled)));
      }
    }
    if (node instanceof Parent parent) {
      parent.getChildrenUnmodifiable().forEach(child -> walk(child, found));
    }
  }

  /** Its own tooltip (not an ancestor's) has all of its text, whatever else the tooltip says. */
  private static boolean tooltipCarriesWhole(Labeled labeled, String own) {
    Tooltip tooltip = labeled.getTooltip();
    return tooltip != null && tooltip.getText() != null && tooltip.getText().contains(own);
  }

  /** The LabeledText the skin draws (a Text child of the label), or null before layout. */
  private static String rendered(Labeled labeled) {
    for (Node child : labeled.getChildrenUnmodifiable()) {
      if (child instanceof Text text && child.getClass().getSimpleName().equals("LabeledText")) {
        return text.getText();
      }
    }
    return null;
  }

  /** The nearest ancestor (or the node) whose class is one of mailpath's, package-relative. */
  static String owner(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      String name = n.getClass().getName();
      if (name.startsWith("org.mailpath.")) {
        return name.substring("org.mailpath.".length()).replace('$', '.');
      }
    }
    return "(outside mailpath's views)";
  }
}
