package org.mailpath.ui.tls;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.mailpath.finding.Severity;
import org.mailpath.tls.CipherSuiteInfo;
import org.mailpath.tls.VersionResult;
import org.mailpath.ui.common.Icons;

/**
 * The TLS version sweep as a grid — TLS 1.0 to 1.3 against accepted/refused and EMS — and, after a
 * deep trace, the TLS 1.2 cipher suites with their flags. Each verdict carries a severity mark.
 */
final class VersionMatrixView extends VBox {

  VersionMatrixView() {
    super(6);
    setId("version-matrix");
    getStyleClass().add("version-matrix");
    setPadding(new Insets(0, 14, 14, 14));
  }

  void show(List<VersionResult> sweep, List<CipherSuiteInfo> suites) {
    getChildren().clear();
    if (!sweep.isEmpty()) {
      getChildren().addAll(heading("Each version offered alone"), versions(sweep));
    }
    if (!suites.isEmpty()) {
      getChildren().addAll(heading("TLS 1.2 cipher suites, in the server's order"), suites(suites));
    }
  }

  private static GridPane versions(List<VersionResult> sweep) {
    GridPane grid = grid("Version", "Answer", "EMS", "Suite · group");
    int row = 1;
    for (VersionRow r : VersionRow.of(sweep)) {
      Label answer = fixed(marked(r.result(), r.resultMark()));
      if (r.detail() != null) {
        answer.setTooltip(new javafx.scene.control.Tooltip(r.detail()));
      }
      Label suite = cell(r.suite(), "matrix-suite");
      suite.setWrapText(true);
      grid.addRow(
          row++,
          fixed(cell(r.version().replace("TLSv", "TLS "), "matrix-version")),
          answer,
          fixed(marked(r.ems(), r.emsMark())),
          suite);
    }
    return grid;
  }

  private static GridPane suites(List<CipherSuiteInfo> suites) {
    GridPane grid = grid("#", "Suite and its flags");
    int row = 1;
    for (SuiteRow s : SuiteRow.of(suites)) {
      javafx.scene.layout.HBox flags =
          new javafx.scene.layout.HBox(
              10,
              yesNo(s.forwardSecret(), "forward secret", "no forward secrecy", Severity.WARNING),
              yesNo(s.aead(), "AEAD", "CBC", Severity.WARNING));
      if (s.weakness() != null) {
        flags.getChildren().add(marked("broken: " + s.weakness(), Severity.ERROR));
      }
      flags.getStyleClass().add("suite-flags");
      Label name = marked(s.name(), s.mark());
      name.getStyleClass().add("suite-name");
      grid.addRow(
          row++, fixed(cell(String.valueOf(s.rank()), "matrix-version")), new VBox(2, name, flags));
    }
    return grid;
  }

  private static Node yesNo(boolean good, String yes, String no, Severity bad) {
    return marked(good ? yes : no, good ? Severity.PASS : bad);
  }

  private static Label fixed(Label label) {
    label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    return label;
  }

  private static GridPane grid(String... headers) {
    GridPane grid = new GridPane();
    grid.getStyleClass().add("matrix-grid");
    grid.setHgap(14);
    grid.setVgap(4);
    for (int i = 0; i < headers.length; i++) {
      grid.add(cell(headers[i], "matrix-header"), i, 0);
    }
    return grid;
  }

  private static Label heading(String text) {
    Label heading = new Label(text);
    heading.getStyleClass().add("fact-heading");
    return heading;
  }

  private static Label cell(String text, String styleClass) {
    Label label = new Label(text == null || text.isEmpty() ? "—" : text);
    label.getStyleClass().add(styleClass);
    return label;
  }

  private static Label marked(String text, Severity mark) {
    Label label = new Label(text, mark == null ? null : Icons.severity(mark));
    label.getStyleClass().add("severity-word");
    if (mark != null) {
      label.getStyleClass().add("marked-" + mark.name().toLowerCase(java.util.Locale.ROOT));
    }
    return label;
  }
}
