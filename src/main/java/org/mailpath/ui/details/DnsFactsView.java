package org.mailpath.ui.details;

import javafx.beans.InvalidationListener;
import javafx.scene.control.ScrollPane;
import org.mailpath.dns.DnssecStatus;
import org.mailpath.dns.MxHost;
import org.mailpath.dns.MxResolution;
import org.mailpath.ui.common.FactSheet;
import org.mailpath.ui.common.Formats;
import org.mailpath.ui.timeline.TimelineGroup;

/** Where DNS said mail for the domain goes: the outcome, the MX records and their addresses. */
final class DnsFactsView extends ScrollPane {

  private final FactSheet sheet = new FactSheet();
  private final InvalidationListener redraw = observable -> redraw();
  private TimelineGroup dns;

  DnsFactsView() {
    setId("dns-facts");
    setContent(sheet);
    setFitToWidth(true);
    getStyleClass().add("details-scroll");
    redraw();
  }

  void show(TimelineGroup dnsGroup) {
    if (dns != null) {
      dns.resolutionProperty().removeListener(redraw);
    }
    dns = dnsGroup;
    if (dns != null) {
      dns.resolutionProperty().addListener(redraw);
    }
    redraw();
  }

  private void redraw() {
    sheet.clearFacts();
    MxResolution resolution = dns == null ? null : dns.resolutionProperty().get();
    if (resolution == null) {
      sheet.note("The DNS answer appears here when the trace has finished.");
      return;
    }
    sheet.heading("MX resolution");
    sheet.fact("Domain", resolution.domain());
    sheet.fact("Outcome", describe(resolution.outcome()));
    sheet.fact("Asked", resolution.server());
    if (resolution.problem() != null) {
      sheet.fact("Problem", resolution.problem());
    }
    sheet.fact("Records", String.join("\n", resolution.records()));
    describe(resolution.dnssec(), resolution.dnssecReason());
    for (MxHost host : resolution.hosts()) {
      sheet.heading(host.name() + "  (preference " + host.preference() + ")");
      if (!host.cnameChain().isEmpty()) {
        sheet.fact("Aliases", String.join(" → ", host.cnameChain()));
      }
      sheet.fact("Addresses", String.join(", ", host.addresses()));
      describe(host.dnssec(), host.dnssecReason());
      if (host.addressProblem() != null) {
        sheet.fact("Problem", host.addressProblem());
      }
    }
  }

  // RFC 4035 §4.3: secure, insecure, bogus or indeterminate; only bogus is a failure.
  private void describe(DnssecStatus status, String reason) {
    if (status == null) {
      return;
    }
    String because = reason == null ? "" : ": " + reason;
    switch (status) {
      case SECURE -> sheet.verdict("DNSSEC", true, "Secure: signatures validate to the root");
      case BOGUS -> sheet.verdict("DNSSEC", false, "Bogus: signatures do not validate" + because);
      case INSECURE -> sheet.fact("DNSSEC", "Insecure: the zone is not signed" + because);
      case INDETERMINATE -> sheet.fact("DNSSEC", "Indeterminate" + because);
      case UNCHECKED -> sheet.fact("DNSSEC", "Not checked");
    }
  }

  private static String describe(MxResolution.Outcome outcome) {
    return Formats.sentence(outcome.label());
  }
}
