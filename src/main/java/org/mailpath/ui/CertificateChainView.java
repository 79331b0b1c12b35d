package org.mailpath.ui;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.scene.control.ScrollPane;
import org.mailpath.pki.CertificateDetails;
import org.mailpath.pki.CertificateInfo;
import org.mailpath.pki.ChainStructure;
import org.mailpath.pki.ChainVerdict;
import org.mailpath.tls.TlsObservation;

/** The certificate chain a server presented, leaf first, with the verdict of the checks on top. */
final class CertificateChainView extends ScrollPane {

  private final FactSheet sheet = new FactSheet();
  private final InvalidationListener redraw = observable -> redraw();
  private TimelineGroup shown;

  CertificateChainView() {
    setId("certificates");
    setContent(sheet);
    setFitToWidth(true);
    getStyleClass().add("details-scroll");
    redraw();
  }

  void show(TimelineGroup group) {
    if (shown != null) {
      shown.tlsProperty().removeListener(redraw);
    }
    shown = group;
    if (shown != null) {
      shown.tlsProperty().addListener(redraw);
    }
    redraw();
  }

  private void redraw() {
    sheet.clearFacts();
    TlsObservation tls = shown == null ? null : shown.tlsProperty().get();
    if (tls == null || tls.chain().isEmpty()) {
      sheet.note(
          shown == null || shown.isDns()
              ? "Select a connection to see the certificates its server presented."
              : "No certificate chain was captured on this connection (yet).");
      return;
    }
    if (tls.verdict() != null) {
      describe(tls.verdict());
    }
    tls.chain().forEach(this::describe);
  }

  private void describe(ChainVerdict verdict) {
    sheet.heading("Verdict");
    sheet.verdict(
        "PKIX path",
        verdict.pkixTrusted(),
        verdict.pkixTrusted()
            ? "Trusted"
                + (verdict.trustAnchor() == null ? "" : " — anchor " + verdict.trustAnchor())
            : "Not trusted" + (verdict.pkixProblem() == null ? "" : ": " + verdict.pkixProblem()));
    sheet.verdict(
        "Host name",
        verdict.hostnameMatches(),
        verdict.hostnameMatches()
            ? "Matches " + verdict.matchedName()
            : "Does not match the MX host");
    sheet.verdict(
        "Validity",
        verdict.withinValidity(),
        verdict.withinValidity() ? "Within its dates" : "Outside its dates");
    if (verdict.structure() != null) {
      describe(verdict.structure());
    }
  }

  private void describe(ChainStructure structure) {
    // RFC 5246 §7.4.2: each certificate certifies the one before it; RFC 8446 §4.4.2 relaxes it.
    sheet.verdict(
        "Order",
        structure.ordered(),
        structure.ordered() ? "Each certificate issued by the next" : "Sent out of order");
    sheet.verdict(
        "Completeness",
        !structure.incomplete(),
        structure.incomplete()
            ? "Incomplete: the issuer "
                + (structure.missingIssuer() == null ? "" : structure.missingIssuer() + " ")
                + "was not sent"
            : "Complete up to a trusted or sent issuer");
    if (structure.leafSelfSigned()) {
      sheet.verdict("Leaf", false, "Self-signed: no CA vouches for it");
    }
  }

  private void describe(CertificateInfo certificate) {
    sheet.heading(
        "#"
            + certificate.position()
            + (certificate.position() == 0 ? " Leaf" : certificate.ca() ? " CA" : ""));
    sheet.fact("Subject", certificate.subject());
    sheet.fact("Issuer", certificate.issuer() + (certificate.selfSigned() ? " (self-signed)" : ""));
    sheet.fact(
        "Valid",
        Formats.date(certificate.notBefore()) + " → " + Formats.date(certificate.notAfter()));
    sheet.fact("Names (SAN)", joined(certificate.subjectAltNames()));
    sheet.fact("Key", certificate.keyAlgorithm() + " " + certificate.keyBits() + " bit");
    sheet.fact("Signature", certificate.signatureAlgorithm());
    sheet.fact(
        "Key usage",
        certificate.keyUsage() == null ? "(extension absent)" : joined(certificate.keyUsage()));
    sheet.fact(
        "Extended key usage",
        certificate.extendedKeyUsage() == null
            ? "(extension absent)"
            : joined(certificate.extendedKeyUsage()));
    if (certificate.details() != null) {
      describe(certificate.details());
    }
    sheet.fact("SHA-256", certificate.sha256Fingerprint());
  }

  private void describe(CertificateDetails details) {
    if (!details.ocspUrls().isEmpty()) {
      sheet.fact("OCSP", joined(details.ocspUrls()));
    }
    if (!details.caIssuerUrls().isEmpty()) {
      sheet.fact("CA issuers", joined(details.caIssuerUrls()));
    }
    if (details.embeddedScts() > 0) {
      sheet.fact("CT (SCTs)", details.embeddedScts() + " embedded"); // RFC 6962 §3.3
    }
    if (details.pathLengthConstraint() != null) {
      sheet.fact("Path length", "at most " + details.pathLengthConstraint());
    }
    if (details.mustStaple()) {
      sheet.fact("Must staple", "Yes: OCSP stapling is required (RFC 7633)");
    }
  }

  private static String joined(List<String> values) {
    return values == null ? null : String.join(", ", values);
  }
}
