package org.mailpath.ui.findings;

import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.mailpath.finding.Finding;
import org.mailpath.trace.SendersHarmed;
import org.mailpath.trace.TraceReport;
import org.mailpath.ui.common.Formats;

/** One finding explained: what it means, what was seen, the RFC it rests on and the evidence. */
final class FindingDetailView extends ScrollPane {

  private final VBox content = new VBox(8);
  private final Supplier<TraceReport> finished;

  /** {@code finished}: the finished trace, or null while it runs (its senders are not known). */
  FindingDetailView(Supplier<TraceReport> finished) {
    this.finished = finished;
    setId("finding-detail");
    getStyleClass().add("details-scroll");
    content.getStyleClass().add("finding-detail");
    setContent(content);
    setFitToWidth(true);
    show(null);
  }

  void show(Finding finding) {
    content.getChildren().clear();
    if (finding == null) {
      content
          .getChildren()
          .add(wrapped("Select a finding to see what it means and what shows it.", "fact-note"));
      return;
    }
    CodeHeading heading = new CodeHeading(finding);
    Label severity =
        wrapped(Formats.severity(finding.severity()) + " · " + finding.subject(), "pane-subtitle");
    content
        .getChildren()
        .addAll(heading, severity, wrapped(finding.explanation(), "finding-explanation"));
    if (finding.detail() != null && !finding.detail().isBlank()) {
      content
          .getChildren()
          .addAll(wrapped("Seen", "fact-heading"), wrapped(finding.detail(), "fact-value"));
    }
    content
        .getChildren()
        .addAll(wrapped("Rests on", "fact-heading"), wrapped(finding.rfc(), "fact-value"));
    TraceReport report = finished.get();
    String harmed =
        report == null || !report.findings().contains(finding)
            ? ""
            : SendersHarmed.sentence(report, finding);
    if (!harmed.isEmpty()) {
      content
          .getChildren()
          .addAll(wrapped("Senders it costs", "fact-heading"), wrapped(harmed, "fact-value"));
    }
    if (finding.resultType() != null) {
      content
          .getChildren()
          .addAll(
              wrapped("TLS-RPT result", "fact-heading"),
              wrapped(finding.resultType() + " (RFC 8460 §4.3)", "fact-value"));
    }
    if (!finding.evidence().isEmpty()) {
      TextArea evidence = new TextArea(String.join("\n", finding.evidence()));
      evidence.setEditable(false);
      evidence.setWrapText(false);
      evidence.getStyleClass().add("evidence");
      evidence.setPrefRowCount(Math.min(8, finding.evidence().size() + 1));
      content.getChildren().addAll(wrapped("Evidence", "fact-heading"), evidence);
    }
  }

  private static Label wrapped(String text, String styleClass) {
    Label label = new Label(text);
    label.setWrapText(true);
    label.getStyleClass().add(styleClass);
    return label;
  }
}
