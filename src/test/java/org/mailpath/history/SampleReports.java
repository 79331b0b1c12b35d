package org.mailpath.history;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.mailpath.context.StepKind;
import org.mailpath.context.StepRecord;
import org.mailpath.context.StepStatus;
import org.mailpath.dns.DnssecStatus;
import org.mailpath.dns.MxHost;
import org.mailpath.dns.MxResolution;
import org.mailpath.finding.Finding;
import org.mailpath.finding.FindingCode;
import org.mailpath.finding.Severity;
import org.mailpath.pki.CertificateDetails;
import org.mailpath.pki.CertificateInfo;
import org.mailpath.pki.ChainStructure;
import org.mailpath.pki.ChainVerdict;
import org.mailpath.smtp.ConnectionPlan;
import org.mailpath.smtp.SmtpObservation;
import org.mailpath.smtp.TranscriptLine;
import org.mailpath.smtp.TranscriptLine.Direction;
import org.mailpath.tls.CipherSuiteInfo;
import org.mailpath.tls.TlsObservation;
import org.mailpath.tls.VersionResult;
import org.mailpath.trace.ConnectionReport;
import org.mailpath.trace.TraceReport;

/** Trace reports for tests: one with every field filled, and small ones for listing. */
public final class SampleReports {

  /** Nanoseconds on purpose: the stored report must keep them. */
  public static final Instant STARTED = Instant.parse("2026-11-28T21:30:05.123456789Z");

  private SampleReports() {}

  /** A report of alice@good.mail.test with every field and nested record filled. */
  public static TraceReport full() {
    return full("alice@good.mail.test", STARTED);
  }

  public static TraceReport full(String target, Instant started) {
    Finding tls13 =
        FindingCode.TLS13_NOT_SUPPORTED.raise(
            "mx1.good.mail.test [127.0.0.1]:25", "highest version: TLSv1.2", "S: 220 ready");
    Finding ems =
        FindingCode.TLS12_WITHOUT_EMS.raise(
            "mx1.good.mail.test [127.0.0.1]:25",
            "TLSv1.2 ECDHE-RSA-AES128-GCM-SHA256 without EMS",
            List.of("*  TLS established", "extended_master_secret: absent"));
    Finding noStarttls =
        FindingCode.STARTTLS_NOT_SUPPORTED.raise(
            "mx2.good.mail.test [::1]:25", "no STARTTLS in EHLO", "S: 250 SIZE 10240000");
    Finding rpt = FindingCode.TLSRPT_PRESENT.raise("good.mail.test", "v=TLSRPTv1", List.of());
    return new TraceReport(
        target,
        "good.mail.test",
        "lab",
        "0.1.0-test",
        started,
        Duration.ofMillis(1834).plusNanos(5),
        resolution(),
        List.of(
            step("dns", "DNS", StepKind.RESOLVE_MX, started, "2 MX hosts"),
            step(
                "dns-a", "DNS", StepKind.RESOLVE_ADDRESSES, started.plusMillis(40), "2 addresses")),
        List.of(tlsConnection(started, tls13, ems), clearConnection(started, noStarttls)),
        List.of(rpt, tls13, ems, noStarttls),
        false);
  }

  /** A small report whose findings make its worst severity {@code worst}. */
  public static TraceReport minimal(String target, String domain, Instant started, Severity worst) {
    List<Finding> findings =
        worst == Severity.PASS
            ? List.of()
            : List.of(
                new Finding(
                    "sample-" + worst.name().toLowerCase(java.util.Locale.ROOT),
                    worst,
                    "RFC 0000",
                    null,
                    "A sample finding.",
                    domain,
                    "sample",
                    List.of()));
    return new TraceReport(
        target,
        domain,
        "internet",
        "dev",
        started,
        Duration.ofSeconds(1),
        new MxResolution(
            domain,
            MxResolution.Outcome.MX,
            List.of(),
            List.of(),
            List.of(),
            "system",
            null,
            DnssecStatus.UNCHECKED,
            null),
        List.of(),
        List.of(),
        findings,
        false);
  }

  private static MxResolution resolution() {
    return new MxResolution(
        "good.mail.test",
        MxResolution.Outcome.MX,
        List.of(
            new MxHost(
                "mx1.good.mail.test",
                10,
                List.of(),
                List.of("127.0.0.1"),
                null,
                DnssecStatus.SECURE,
                null),
            new MxHost(
                "mx2.good.mail.test",
                20,
                List.of("alias.good.mail.test"),
                List.of("::1"),
                "AAAA lookup timed out",
                DnssecStatus.INDETERMINATE,
                "no answer from 127.0.0.1:5353")),
        List.of("mail.good.mail.test"),
        List.of(
            "good.mail.test. 300 IN MX 10 mx1.good.mail.test.",
            "good.mail.test. 300 IN MX 20 mx2.good.mail.test."),
        "127.0.0.1:5353",
        "one server answered late",
        DnssecStatus.BOGUS,
        "signature expired");
  }

  private static StepRecord step(
      String id, String scope, StepKind kind, Instant started, String summary) {
    return new StepRecord(id, scope, kind, StepStatus.OK, started, Duration.ofMillis(12), summary);
  }

  private static ConnectionReport tlsConnection(Instant started, Finding... findings) {
    Instant t = started.plusMillis(100);
    return new ConnectionReport(
        new ConnectionPlan("c1", "mx1.good.mail.test", 10, "127.0.0.1", 25),
        List.of(
            step("c1/connect", "c1", StepKind.CONNECT, t, "connected"),
            new StepRecord(
                "c1/tls",
                "c1",
                StepKind.TLS_HANDSHAKE,
                StepStatus.WARNING,
                t.plusMillis(30),
                Duration.ofMillis(55),
                "TLSv1.2 TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256")),
        List.of(
            new TranscriptLine(t, Direction.SERVER, "220 mx1.good.mail.test ESMTP"),
            new TranscriptLine(t.plusMillis(1), Direction.CLIENT, "EHLO mailpath.invalid"),
            new TranscriptLine(t.plusMillis(2), Direction.NOTE, "TLS established")),
        new SmtpObservation(
            true,
            "220 mx1.good.mail.test ESMTP",
            220,
            true,
            List.of("PIPELINING", "SIZE 10240000", "STARTTLS"),
            true,
            "220 2.0.0 Ready to start TLS",
            List.of("PIPELINING", "SIZE 10240000")),
        new TlsObservation(
            "TLSv1.0-TLSv1.3",
            true,
            "TLSv1.2",
            "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
            "x25519",
            "no",
            null,
            List.of(certificate(0, false), certificate(1, true)),
            new ChainVerdict(
                true,
                null,
                true,
                "mx1.good.mail.test",
                true,
                "CN=mailpath lab CA",
                new ChainStructure(true, false, false, null)),
            "not stapled"),
        List.of(
            new VersionResult(
                "TLSv1.0",
                VersionResult.Status.REFUSED,
                null,
                null,
                null,
                "server sent alert protocol_version"),
            new VersionResult(
                "TLSv1.1", VersionResult.Status.NOT_TESTED, null, null, null, "--quick"),
            new VersionResult(
                "TLSv1.2",
                VersionResult.Status.ACCEPTED,
                "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
                "x25519",
                "no",
                null),
            new VersionResult(
                "TLSv1.3", VersionResult.Status.UNDETERMINED, null, null, null, "timed out")),
        List.of(
            CipherSuiteInfo.of("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"),
            CipherSuiteInfo.of("TLS_RSA_WITH_3DES_EDE_CBC_SHA")),
        List.of(findings));
  }

  private static ConnectionReport clearConnection(Instant started, Finding finding) {
    Instant t = started.plusMillis(300);
    return new ConnectionReport(
        new ConnectionPlan("c2", "mx2.good.mail.test", 20, "::1", 25),
        List.of(step("c2/connect", "c2", StepKind.CONNECT, t, "connected")),
        List.of(new TranscriptLine(t, Direction.SERVER, "220 mx2 ESMTP")),
        new SmtpObservation(
            true, "220 mx2 ESMTP", 220, true, List.of("SIZE 10240000"), false, null, List.of()),
        null,
        List.of(),
        List.of(),
        List.of(finding));
  }

  private static CertificateInfo certificate(int position, boolean ca) {
    return new CertificateInfo(
        position,
        ca ? "CN=mailpath lab CA" : "CN=mx1.good.mail.test",
        "CN=mailpath lab CA",
        ca ? "01" : "7f3a",
        Instant.parse("2026-01-01T00:00:00Z"),
        Instant.parse("2027-01-01T00:00:00Z"),
        ca ? List.of() : List.of("DNS:mx1.good.mail.test", "IP:127.0.0.1"),
        ca ? "RSA" : "EC",
        ca ? 3072 : 256,
        ca ? "SHA384withRSA" : "SHA256withECDSA",
        ca ? List.of("keyCertSign", "cRLSign") : List.of("digitalSignature"),
        ca ? null : List.of("serverAuth"),
        ca,
        ca,
        new CertificateDetails(
            ca ? List.of() : List.of("http://ocsp.lab.test"),
            ca ? List.of() : List.of("http://ca.lab.test/ca.cer"),
            ca ? 0 : 2,
            ca ? 0 : null,
            false),
        "AB:CD:" + position,
        "-----BEGIN CERTIFICATE-----\nMIIB" + position + "\n-----END CERTIFICATE-----\n");
  }
}
