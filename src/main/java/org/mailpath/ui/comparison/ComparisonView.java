package org.mailpath.ui.comparison;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.mailpath.report.diff.Change;
import org.mailpath.report.diff.ReportDiff;
import org.mailpath.ui.common.Formats;
import org.mailpath.ui.common.Icons;

/**
 * What changed between two stored sessions, grouped by aspect (MX set, addresses, STARTTLS, TLS
 * versions, EMS, certificate, domain policy, findings). Each change is marked by a word and a sign
 * — "+ Appeared", "− Gone", "~ Changed" — with colour only added.
 */
public final class ComparisonView extends ScrollPane {

  private final VBox content = new VBox(10);

  public ComparisonView() {
    getStyleClass().add("comparison");
    setId("comparison");
    setFitToWidth(true);
    content.setPadding(new Insets(14, 16, 16, 16));
    setContent(content);
  }

  public void show(ReportDiff diff) {
    content.getChildren().clear();
    Label title = new Label("What changed");
    title.getStyleClass().add("pane-title");
    content.getChildren().addAll(title, side("Before", diff.before()), side("After", diff.after()));
    if (!diff.sameDomain()) {
      Label note =
          new Label(
              "The sessions are of different domains ("
                  + diff.before().domain()
                  + ", "
                  + diff.after().domain()
                  + "): compared anyway.",
              Icons.severity(org.mailpath.finding.Severity.WARNING));
      note.setWrapText(true);
      note.getStyleClass().add("comparison-warning");
      content.getChildren().add(note);
    }
    if (!diff.notCompared().isEmpty()) {
      Label skipped = new Label(notComparedSentence(diff));
      skipped.setWrapText(true);
      skipped.setId("comparison-not-compared");
      skipped.getStyleClass().add("pane-subtitle");
      content.getChildren().add(skipped);
    }
    if (diff.isEmpty()) {
      Label same =
          new Label(
              "No change in " + String.join(", ", diff.unchanged()) + ".", Icons.verdict(true));
      same.setWrapText(true);
      same.setId("comparison-nothing");
      content.getChildren().add(same);
      return;
    }
    Label count =
        new Label(diff.changes().size() + (diff.changes().size() == 1 ? " change" : " changes"));
    count.getStyleClass().add("pane-subtitle");
    content.getChildren().add(count);
    for (String aspect : diff.aspects()) {
      List<Change> changes = diff.changesOf(aspect);
      if (!changes.isEmpty()) {
        content.getChildren().add(aspect(aspect, changes));
      }
    }
    List<String> unchanged = diff.unchanged();
    if (!unchanged.isEmpty()) {
      Label rest = new Label("Unchanged: " + String.join(", ", unchanged) + ".");
      rest.setWrapText(true);
      rest.getStyleClass().add("pane-subtitle");
      content.getChildren().add(rest);
    }
  }

  /** Said, not hidden: an aspect with no server in both sessions was not compared. */
  static String notComparedSentence(ReportDiff diff) {
    return "Not compared (no mail server in both sessions): "
        + String.join(", ", diff.notCompared())
        + ".";
  }

  private static Label side(String name, ReportDiff.Side side) {
    Label label =
        new Label(
            name
                + ": session #"
                + side.sessionId()
                + " · "
                + Formats.dateTime(side.started())
                + " · "
                + side.target()
                + (side.network() == null ? "" : " · " + side.network()));
    label.getStyleClass().add("comparison-side");
    return label;
  }

  private static VBox aspect(String aspect, List<Change> changes) {
    Label heading = new Label(aspect);
    heading.getStyleClass().add("fact-heading");
    GridPane rows = new GridPane();
    rows.setHgap(10);
    rows.setVgap(8);
    ColumnConstraints wrap = new ColumnConstraints();
    wrap.setHgrow(Priority.ALWAYS);
    rows.getColumnConstraints().addAll(new ColumnConstraints(), wrap);
    int row = 0;
    for (Change change : changes) {
      Label subject = new Label(change.subject());
      subject.getStyleClass().add("change-subject");
      Label value = new Label(describe(change));
      value.setWrapText(true);
      value.getStyleClass().add("fact-value");
      Label mark = mark(change.kind());
      javafx.scene.layout.GridPane.setValignment(mark, javafx.geometry.VPos.TOP);
      rows.addRow(row++, mark, new VBox(1, subject, value));
    }
    VBox box = new VBox(4, heading, rows);
    box.getStyleClass().add("comparison-aspect");
    return box;
  }

  private static String describe(Change change) {
    return switch (change.kind()) {
      case ADDED -> change.after();
      case REMOVED -> change.before();
      case CHANGED -> change.before() + "  →  " + change.after();
    };
  }

  private static Label mark(Change.Kind kind) {
    Label mark =
        new Label(
            switch (kind) {
              case ADDED -> "+ Appeared";
              case REMOVED -> "− Gone";
              case CHANGED -> "~ Changed";
            });
    mark.getStyleClass().addAll("change-mark", "change-" + kind.name().toLowerCase());
    mark.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    return mark;
  }
}
