package org.mailpath.ui.tls;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.scene.control.ScrollPane;
import org.mailpath.smtp.SmtpObservation;
import org.mailpath.tls.TlsObservation;
import org.mailpath.ui.common.FactSheet;
import org.mailpath.ui.timeline.TimelineGroup;

/** The facts of one connection: SMTP capabilities, then the negotiated TLS parameters. */
public final class TlsFactsView extends ScrollPane {

  private final FactSheet sheet = new FactSheet();
  private final VersionMatrixView matrix = new VersionMatrixView();
  private final InvalidationListener redraw = observable -> redraw();
  private TimelineGroup shown;

  public TlsFactsView() {
    setId("tls-facts");
    setContent(new javafx.scene.layout.VBox(sheet, matrix));
    setFitToWidth(true);
    getStyleClass().add("details-scroll");
    redraw();
  }

  public void show(TimelineGroup group) {
    if (shown != null) {
      shown.tlsProperty().removeListener(redraw);
      shown.smtpProperty().removeListener(redraw);
      shown.versionsProperty().removeListener(redraw);
      shown.cipherSuitesProperty().removeListener(redraw);
    }
    shown = group;
    if (shown != null) {
      shown.tlsProperty().addListener(redraw);
      shown.smtpProperty().addListener(redraw);
      shown.versionsProperty().addListener(redraw);
      shown.cipherSuitesProperty().addListener(redraw);
    }
    redraw();
  }

  private void redraw() {
    sheet.clearFacts();
    matrix.show(List.of(), List.of());
    if (shown == null || shown.isDns()) {
      sheet.note("Select a connection to see what its server offered and negotiated.");
      return;
    }
    SmtpObservation smtp = shown.smtpProperty().get();
    TlsObservation tls = shown.tlsProperty().get();
    if (smtp == null && tls == null) {
      sheet.note("The facts of this connection appear when the trace has finished.");
      return;
    }
    if (smtp != null) {
      describeSmtp(smtp);
    }
    describeTls(tls);
    matrix.show(shown.versionsProperty().get(), shown.cipherSuitesProperty().get());
  }

  private void describeSmtp(SmtpObservation smtp) {
    sheet.heading("SMTP");
    sheet.fact("Greeting", smtp.greeting());
    sheet.fact("Capabilities", String.join(" · ", smtp.capabilities()));
    sheet.verdict(
        "STARTTLS", smtp.starttlsOffered(), smtp.starttlsOffered() ? "Offered" : "Not offered");
    if (!smtp.capabilitiesAfterTls().isEmpty()) {
      sheet.fact("After TLS", String.join(" · ", smtp.capabilitiesAfterTls()));
    }
  }

  private void describeTls(TlsObservation tls) {
    sheet.heading("TLS");
    if (tls == null) {
      sheet.note("No TLS handshake was made on this connection.");
      return;
    }
    sheet.fact("Offered", tls.offered());
    sheet.verdict("Handshake", tls.established(), tls.established() ? "Established" : "Failed");
    if (tls.failure() != null) {
      sheet.fact("Failure", tls.failure());
    }
    sheet.fact("Version", tls.version());
    sheet.fact("Cipher suite", tls.cipherSuite());
    sheet.fact("Key exchange", tls.keyExchangeGroup());
    sheet.fact("Extended Master Secret", describeEms(tls.extendedMasterSecret()));
    if (tls.ocspStapling() != null) {
      sheet.fact("OCSP stapling", tls.ocspStapling()); // RFC 6066 §8
    }
  }

  // RFC 7627: EMS binds the master secret to the handshake; TLS 1.3 (RFC 8446) always does so.
  private static String describeEms(String value) {
    if (value == null) {
      return null;
    }
    return switch (value) {
      case "yes" -> "Yes (RFC 7627)";
      case "no" -> "No — the session is open to triple-handshake attacks (RFC 7627)";
      case "n/a" -> "Not applicable: TLS 1.3 always binds the session (RFC 8446)";
      default -> value;
    };
  }
}
