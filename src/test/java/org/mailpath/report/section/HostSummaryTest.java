package org.mailpath.report.section;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailpath.finding.FindingCode;
import org.mailpath.history.SampleReports;
import org.mailpath.smtp.ConnectionPlan;
import org.mailpath.smtp.SmtpObservation;
import org.mailpath.tls.TlsObservation;
import org.mailpath.trace.ConnectionReport;

class HostSummaryTest {

  private static final ConnectionPlan PLAN =
      new ConnectionPlan("c1", "mx.example.org", 10, "192.0.2.1", 25);

  private static ConnectionReport connection(SmtpObservation smtp, TlsObservation tls) {
    return new ConnectionReport(
        PLAN,
        List.of(),
        List.of(),
        smtp,
        tls,
        List.of(),
        List.of(),
        smtp == null
            ? List.of(FindingCode.CONNECTION_REFUSED.raise("mx", "refused", List.of()))
            : List.of());
  }

  private static SmtpObservation smtp(boolean starttls) {
    return new SmtpObservation(true, "220 hi", 220, true, List.of(), starttls, null, List.of());
  }

  @Test
  void sentence_notConnected_saysUnreachableWithFindingCode() {
    assertThat(HostSummary.sentence(connection(null, null)))
        .isEqualTo("mx.example.org [192.0.2.1]:25: could not be reached (connection-refused).");
  }

  @Test
  void sentence_noStarttls_saysClearText() {
    assertThat(HostSummary.sentence(connection(smtp(false), null)))
        .endsWith("does not offer STARTTLS, so mail to it travels in clear text.");
  }

  @Test
  void sentence_handshakeFailed_namesTheFailure() {
    TlsObservation failed =
        new TlsObservation(
            "TLSv1.2",
            false,
            null,
            null,
            null,
            null,
            "alert handshake_failure",
            List.of(),
            null,
            null);

    assertThat(HostSummary.sentence(connection(smtp(true), failed)))
        .endsWith("offers STARTTLS, but the TLS handshake failed (alert handshake_failure).");
  }

  @Test
  void sentence_tlsWithoutEms_namesVersionEmsAndCertificate() {
    ConnectionReport c = SampleReports.full().connections().get(0);

    assertThat(HostSummary.sentence(c))
        .isEqualTo(
            "mx1.good.mail.test [127.0.0.1]:25: offers STARTTLS; negotiated TLSv1.2; without"
                + " Extended Master Secret; certificate trusted and names the host.");
  }
}
