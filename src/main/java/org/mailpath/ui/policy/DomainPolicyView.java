package org.mailpath.ui.policy;

import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.mailpath.trace.TraceReport;
import org.mailpath.ui.common.FactSheet;
import org.mailpath.ui.common.Icons;
import org.mailpath.ui.common.Placeholder;

/**
 * What the receiving domain demands of senders: DNSSEC, MTA-STS, TLS-RPT, DANE per MX host and
 * REQUIRETLS, one card each, with a verdict line and the facts marked like findings.
 */
public final class DomainPolicyView extends ScrollPane {

  private final VBox cards = new VBox(12);

  public DomainPolicyView(ObservableValue<TraceReport> report) {
    setId("domain-policy");
    getStyleClass().add("domain-policy");
    setFitToWidth(true);
    cards.setPadding(new Insets(14, 16, 16, 16));
    setContent(cards);
    report.addListener((o, before, now) -> show(now));
    show(report.getValue());
  }

  private void show(TraceReport report) {
    cards.getChildren().clear();
    Label title = new Label("What the receiving domain demands");
    title.getStyleClass().add("pane-title");
    cards.getChildren().add(title);
    List<PolicySection> sections = report == null ? List.of() : DomainPolicyFacts.of(report);
    if (sections.isEmpty()) {
      cards
          .getChildren()
          .add(
              Placeholder.saying(
                  report == null
                      ? "Appears when a trace has finished."
                      : "A host was traced directly: there is no domain policy."));
      return;
    }
    Label protection =
        new Label(
            DomainPolicyFacts.protection(report),
            Icons.severity(
                report.policy() != null
                        && report.policy().enforcedBy()
                            != org.mailpath.policy.TlsAuthentication.NONE
                    ? org.mailpath.finding.Severity.PASS
                    : org.mailpath.finding.Severity.INFO));
    protection.setId("policy-protection");
    protection.setWrapText(true);
    protection.getStyleClass().add("policy-protection");
    cards.getChildren().add(protection);
    sections.forEach(section -> cards.getChildren().add(card(section)));
  }

  private static VBox card(PolicySection section) {
    Label heading = new Label(section.title());
    heading.getStyleClass().add("policy-title");
    Label verdict =
        new Label(
            section.verdict(), section.worst() == null ? null : Icons.severity(section.worst()));
    verdict.setWrapText(true);
    verdict.getStyleClass().addAll("policy-verdict", "severity-word");
    FactSheet sheet = new FactSheet();
    for (PolicyFact fact : section.facts()) {
      if (fact.mark() == null) {
        sheet.fact(fact.name(), fact.value());
      } else {
        sheet.marked(fact.name(), fact.mark(), fact.value());
      }
    }
    VBox card = new VBox(6, heading, verdict, sheet);
    card.getStyleClass().add("policy-card");
    return card;
  }
}
