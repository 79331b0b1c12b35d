package org.mailpath.ui.details;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeItem;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.mailpath.ui.common.Formats;
import org.mailpath.ui.timeline.TimelineGroup;
import org.mailpath.ui.timeline.TimelineModel;
import org.mailpath.ui.timeline.TimelineRow;
import org.mailpath.ui.timeline.TimelineStep;
import org.mailpath.ui.tls.CertificateChainView;
import org.mailpath.ui.tls.TlsFactsView;

/**
 * What the selected timeline row shows: the connection's transcript, its SMTP and TLS facts, its
 * certificate chain, and the DNS answer. Selecting a TLS or certificate step opens that tab.
 */
public final class DetailsView extends BorderPane {

  private final TimelineModel model;
  private final Label title = new Label("Details");
  private final Label subtitle = new Label("Select a step in the timeline.");
  private final TabPane tabs = new TabPane();
  private final Tab transcriptTab;
  private final Tab tlsTab;
  private final Tab certificatesTab;
  private final Tab dnsTab;
  private final TranscriptView transcript = new TranscriptView();
  private final TlsFactsView tls = new TlsFactsView();
  private final CertificateChainView certificates = new CertificateChainView();
  private final DnsFactsView dns = new DnsFactsView();

  public DetailsView(TimelineModel model, ObservableValue<TreeItem<TimelineRow>> selection) {
    this.model = model;
    getStyleClass().add("details");
    title.getStyleClass().add("pane-title");
    title.setWrapText(true); // a connection's host and address, e.g. "mx1… [127.0.2.42]:54139"
    subtitle.getStyleClass().add("pane-subtitle");
    subtitle.setWrapText(true);
    transcriptTab = tab("Transcript", transcript);
    tlsTab = tab("SMTP & TLS", tls);
    certificatesTab = tab("Certificates", certificates);
    dnsTab = tab("DNS", dns);
    tabs.getTabs().addAll(transcriptTab, tlsTab, certificatesTab, dnsTab);
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    VBox header = new VBox(2, title, subtitle);
    header.getStyleClass().add("pane-header");
    setTop(header);
    setCenter(tabs);
    selection.addListener((o, before, now) -> show(now == null ? null : now.getValue()));
    model.groups().addListener((ListChangeListener<TimelineGroup>) change -> dns.show(dnsGroup()));
  }

  private static Tab tab(String name, javafx.scene.Node content) {
    Tab tab = new Tab(name, content);
    tab.setClosable(false);
    return tab;
  }

  private void show(TimelineRow row) {
    TimelineGroup group = row == null ? null : row.group();
    title.textProperty().unbind();
    subtitle.textProperty().unbind();
    if (row == null) {
      title.setText("Details");
      subtitle.setText("Select a step in the timeline.");
    } else {
      title.textProperty().bind(group.titleProperty());
      subtitle
          .textProperty()
          .bind(
              Bindings.createStringBinding(
                  () -> describe(row),
                  row.titleProperty(),
                  row.statusProperty(),
                  row.summaryProperty()));
    }
    transcript.show(group);
    tls.show(group);
    certificates.show(group);
    dns.show(dnsGroup());
    if (row instanceof TimelineStep step) {
      tabs.getSelectionModel().select(tabFor(step));
    } else if (group != null && group.isDns()) {
      tabs.getSelectionModel().select(dnsTab);
    }
  }

  private static String describe(TimelineRow row) {
    String summary = row.summaryProperty().get();
    String status = Formats.status(row.statusProperty().get());
    // A group's title is already the pane's title; a step names itself.
    String name = row instanceof TimelineStep ? row.titleProperty().get() + " · " : "";
    return name
        + (status.isEmpty() ? "" : status)
        + (summary == null || summary.isEmpty() ? "" : " · " + summary);
  }

  private Tab tabFor(TimelineStep step) {
    if (step.group().isDns()) {
      return dnsTab; // trace-wide steps (MX, domain policy) have no SMTP transcript
    }
    return switch (step.kind()) {
      case TLS_HANDSHAKE -> tlsTab;
      case CERTIFICATE_CHECK -> certificatesTab;
      default -> transcriptTab;
    };
  }

  private TimelineGroup dnsGroup() {
    return model.groups().stream().filter(TimelineGroup::isDns).findFirst().orElse(null);
  }
}
