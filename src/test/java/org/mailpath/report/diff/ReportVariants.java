package org.mailpath.report.diff;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.mailpath.dns.DnssecStatus;
import org.mailpath.dns.MxHost;
import org.mailpath.dns.MxResolution;
import org.mailpath.finding.Finding;
import org.mailpath.history.SampleReports;
import org.mailpath.pki.CertificateInfo;
import org.mailpath.smtp.SmtpObservation;
import org.mailpath.tls.TlsObservation;
import org.mailpath.tls.VersionResult;
import org.mailpath.tls.VersionResult.Status;
import org.mailpath.trace.ConnectionReport;
import org.mailpath.trace.TraceReport;

/**
 * The full sample after its administrator fixed things: a third MX, a second address for mx1,
 * STARTTLS on mx2, TLS 1.3 and EMS on mx1, a renewed certificate, and only the TLS-RPT finding.
 */
final class ReportVariants {

  static final Instant LATER = SampleReports.STARTED.plusSeconds(86_400);
  static final Instant RENEWED_NOT_AFTER = Instant.parse("2027-06-01T00:00:00Z");

  private ReportVariants() {}

  static TraceReport fixed() {
    TraceReport full = SampleReports.full("alice@good.mail.test", LATER);
    MxResolution r = full.resolution();
    List<MxHost> hosts = new ArrayList<>();
    MxHost mx1 = r.hosts().get(0);
    hosts.add(
        new MxHost(
            mx1.name(),
            mx1.preference(),
            mx1.cnameChain(),
            List.of("127.0.0.1", "127.0.0.9"),
            null,
            mx1.dnssec(),
            mx1.dnssecReason()));
    hosts.add(r.hosts().get(1));
    hosts.add(
        new MxHost(
            "mx3.good.mail.test",
            30,
            List.of(),
            List.of("127.0.0.3"),
            null,
            DnssecStatus.SECURE,
            null));
    MxResolution resolution =
        new MxResolution(
            r.domain(),
            r.outcome(),
            hosts,
            r.cnameChain(),
            r.records(),
            r.server(),
            null,
            r.dnssec(),
            r.dnssecReason());
    List<ConnectionReport> connections =
        List.of(modernTls(full.connections().get(0)), starttls(full.connections().get(1)));
    List<Finding> findings =
        full.findings().stream().filter(f -> f.code().equals("tlsrpt-present")).toList();
    return with(full, resolution, connections, findings);
  }

  /** The full sample of another domain, otherwise unchanged. */
  static TraceReport otherDomain() {
    TraceReport full = SampleReports.full("bob@other.test", LATER);
    return new TraceReport(
        full.target(),
        "other.test",
        full.network(),
        full.toolVersion(),
        full.started(),
        full.duration(),
        full.resolution(),
        full.steps(),
        full.connections(),
        full.findings(),
        full.cancelled());
  }

  private static ConnectionReport modernTls(ConnectionReport c) {
    TlsObservation t = c.tls();
    CertificateInfo leaf = t.chain().get(0);
    CertificateInfo renewed =
        new CertificateInfo(
            0,
            leaf.subject(),
            leaf.issuer(),
            "8000",
            Instant.parse("2026-06-01T00:00:00Z"),
            RENEWED_NOT_AFTER,
            leaf.subjectAltNames(),
            leaf.keyAlgorithm(),
            leaf.keyBits(),
            leaf.signatureAlgorithm(),
            leaf.keyUsage(),
            leaf.extendedKeyUsage(),
            false,
            false,
            leaf.details(),
            "EF:01:00",
            leaf.pem());
    TlsObservation tls =
        new TlsObservation(
            t.offered(),
            true,
            "TLSv1.3",
            "TLS_AES_256_GCM_SHA384",
            "x25519",
            "n/a",
            null,
            List.of(renewed, t.chain().get(1)),
            t.verdict(),
            t.ocspStapling());
    List<VersionResult> versions =
        List.of(
            new VersionResult("TLSv1.0", Status.REFUSED, null, null, null, "protocol_version"),
            new VersionResult("TLSv1.1", Status.REFUSED, null, null, null, "protocol_version"),
            new VersionResult(
                "TLSv1.2",
                Status.ACCEPTED,
                "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
                "x25519",
                "yes",
                null),
            new VersionResult(
                "TLSv1.3", Status.ACCEPTED, "TLS_AES_256_GCM_SHA384", "x25519", "n/a", null));
    return new ConnectionReport(
        c.plan(), c.steps(), c.transcript(), c.smtp(), tls, versions, List.of(), List.of());
  }

  private static ConnectionReport starttls(ConnectionReport c) {
    SmtpObservation s = c.smtp();
    SmtpObservation smtp =
        new SmtpObservation(
            true,
            s.greeting(),
            s.greetingCode(),
            true,
            List.of("SIZE 10240000", "STARTTLS"),
            true,
            "220 go ahead",
            List.of("SIZE 10240000"));
    return new ConnectionReport(
        c.plan(), c.steps(), c.transcript(), smtp, c.tls(), c.versions(), List.of(), List.of());
  }

  private static TraceReport with(
      TraceReport r,
      MxResolution resolution,
      List<ConnectionReport> connections,
      List<Finding> findings) {
    return new TraceReport(
        r.target(),
        r.domain(),
        r.network(),
        r.toolVersion(),
        r.started(),
        r.duration(),
        resolution,
        r.steps(),
        connections,
        findings,
        r.cancelled());
  }
}
