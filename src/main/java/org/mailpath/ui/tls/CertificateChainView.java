package org.mailpath.ui.tls;

import javafx.beans.InvalidationListener;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.mailpath.finding.Finding;
import org.mailpath.ui.common.FactSheet;
import org.mailpath.ui.common.Icons;
import org.mailpath.ui.timeline.TimelineGroup;

/**
 * The certificate chain a server presented, as a tree: the chain's verdict, then leaf →
 * intermediates → anchor. Selecting a node shows every field of it, problems marked with the
 * severity of the connection's findings.
 */
public final class CertificateChainView extends BorderPane {

  private final TreeView<CertificateNode> tree = new TreeView<>();
  private final FactSheet sheet = new FactSheet();
  private final Label empty = new Label();
  private final SplitPane split;
  private final InvalidationListener redraw = observable -> redraw();
  private TimelineGroup shown;

  public CertificateChainView() {
    setId("certificates");
    tree.setId("certificate-tree");
    tree.setCellFactory(view -> new NodeCell());
    tree.getSelectionModel().selectedItemProperty().addListener((o, b, now) -> describe(now));
    ScrollPane facts = new ScrollPane(sheet);
    facts.setFitToWidth(true);
    facts.getStyleClass().add("details-scroll");
    split = new SplitPane(tree, facts);
    split.setOrientation(Orientation.VERTICAL);
    split.setDividerPositions(0.3);
    split.getStyleClass().add("certificate-split");
    empty.getStyleClass().add("fact-note");
    empty.setWrapText(true);
    redraw();
  }

  public void show(TimelineGroup group) {
    if (shown != null) {
      shown.tlsProperty().removeListener(redraw);
      shown.findingsProperty().removeListener(redraw);
    }
    shown = group;
    if (shown != null) {
      shown.tlsProperty().addListener(redraw);
      shown.findingsProperty().addListener(redraw);
    }
    redraw();
  }

  private void redraw() {
    CertificateNode root =
        shown == null
            ? null
            : CertificateTree.of(shown.tlsProperty().get(), shown.findingsProperty().get());
    if (root == null) {
      empty.setText(
          shown == null || shown.isDns()
              ? "Select a connection to see the certificates its server presented."
              : "No certificate chain was captured on this connection (yet).");
      setCenter(new VBox(empty));
      return;
    }
    TreeItem<CertificateNode> item = item(root);
    tree.setRoot(item);
    tree.getSelectionModel()
        .select(item.getChildren().isEmpty() ? item : item.getChildren().get(0));
    setCenter(split);
  }

  private static TreeItem<CertificateNode> item(CertificateNode node) {
    TreeItem<CertificateNode> item = new TreeItem<>(node);
    node.children().forEach(child -> item.getChildren().add(item(child)));
    item.setExpanded(true);
    return item;
  }

  private void describe(TreeItem<CertificateNode> selected) {
    sheet.clearFacts();
    if (selected == null) {
      return;
    }
    CertificateNode node = selected.getValue();
    sheet.heading(node.role() + " · " + node.title());
    if (node.problems().isEmpty() && node.mark() == org.mailpath.finding.Severity.PASS) {
      sheet.marked("Checks", node.mark(), "No problem found with this certificate");
    }
    for (MarkedFact fact : node.facts()) {
      if (fact.name().equals("PEM")) {
        Label pem = new Label(fact.value());
        pem.getStyleClass().add("pem");
        sheet.fact("PEM", pem);
      } else if (fact.mark() == null) {
        sheet.fact(fact.name(), fact.value());
      } else {
        sheet.marked(fact.name(), fact.mark(), fact.value());
      }
    }
  }

  /** "Leaf · CN=mx.example.org" with the worst problem's mark, and the problems in words. */
  private static final class NodeCell extends TreeCell<CertificateNode> {
    @Override
    protected void updateItem(CertificateNode node, boolean isEmpty) {
      super.updateItem(node, isEmpty);
      if (isEmpty || node == null) {
        setText(null);
        setGraphic(null);
        return;
      }
      String problems = String.join(", ", node.problems().stream().map(Finding::code).toList());
      setText(node.role() + " · " + node.title() + (problems.isEmpty() ? "" : "  — " + problems));
      setGraphic(node.mark() == null ? null : Icons.severity(node.mark()));
    }
  }
}
