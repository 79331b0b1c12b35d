package org.mailpath.ui.trace;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.mailpath.context.StepKind;
import org.mailpath.context.StepRecord;
import org.mailpath.context.StepStatus;
import org.mailpath.dns.DnssecStatus;
import org.mailpath.dns.MxHost;
import org.mailpath.dns.MxResolution;
import org.mailpath.finding.Finding;
import org.mailpath.finding.FindingCode;
import org.mailpath.pki.CertificateDetails;
import org.mailpath.pki.CertificateInfo;
import org.mailpath.pki.ChainStructure;
import org.mailpath.pki.ChainVerdict;
import org.mailpath.smtp.ConnectionPlan;
import org.mailpath.smtp.SmtpObservation;
import org.mailpath.smtp.TranscriptLine;
import org.mailpath.smtp.TranscriptLine.Direction;
import org.mailpath.tls.TlsObservation;
import org.mailpath.trace.ConnectionReport;
import org.mailpath.trace.TraceEvent;
import org.mailpath.trace.TraceReport;

/** A made-up trace of alice@good.mail.test: the events a run emits and the report it ends with. */
public final class ScriptedTrace {

  public static final Instant START = Instant.parse("2026-11-28T22:00:00Z");
  public static final ConnectionPlan PLAN =
      new ConnectionPlan("c1", "mx1.good.mail.test", 10, "127.0.2.1", 25);

  private final List<TraceEvent> events = new ArrayList<>();
  private final List<StepRecord> dnsSteps = new ArrayList<>();
  private final List<StepRecord> connectionSteps = new ArrayList<>();
  private final List<TranscriptLine> transcript = new ArrayList<>();
  private final List<Finding> findings = new ArrayList<>();
  private Instant clock = START;

  public ScriptedTrace() {
    step(
        "dns",
        "DNS",
        StepKind.RESOLVE_MX,
        StepStatus.OK,
        14,
        "MX 10 mx1.good.mail.test (DNSSEC secure)",
        dnsSteps);
    events.add(new TraceEvent.ConnectionPlanned(PLAN));
    step(
        "c1/resolve",
        "c1",
        StepKind.RESOLVE_ADDRESSES,
        StepStatus.OK,
        2,
        "127.0.2.1",
        connectionSteps);
    step(
        "c1/connect",
        "c1",
        StepKind.CONNECT,
        StepStatus.OK,
        1,
        "connected to 127.0.2.1:25",
        connectionSteps);
    line(Direction.SERVER, "220 mx1.good.mail.test ESMTP lab");
    step(
        "c1/greeting",
        "c1",
        StepKind.GREETING,
        StepStatus.OK,
        3,
        "220 mx1.good.mail.test ESMTP lab",
        connectionSteps);
    line(Direction.CLIENT, "EHLO mailpath.invalid");
    line(Direction.SERVER, "250-mx1.good.mail.test");
    line(Direction.SERVER, "250-PIPELINING");
    line(Direction.SERVER, "250 STARTTLS");
    step("c1/ehlo", "c1", StepKind.EHLO, StepStatus.OK, 2, "STARTTLS offered", connectionSteps);
    line(Direction.CLIENT, "STARTTLS");
    line(Direction.SERVER, "220 2.0.0 Ready to start TLS");
    step(
        "c1/starttls",
        "c1",
        StepKind.STARTTLS,
        StepStatus.OK,
        1,
        "220 2.0.0 Ready to start TLS",
        connectionSteps);
    line(Direction.NOTE, "TLS established: TLSv1.3 TLS_AES_128_GCM_SHA256");
    step(
        "c1/tls",
        "c1",
        StepKind.TLS_HANDSHAKE,
        StepStatus.OK,
        38,
        "TLSv1.3 TLS_AES_128_GCM_SHA256",
        connectionSteps);
    step(
        "c1/cert",
        "c1",
        StepKind.CERTIFICATE_CHECK,
        StepStatus.OK,
        4,
        "trusted, names mx1.good.mail.test",
        connectionSteps);
    line(Direction.CLIENT, "EHLO mailpath.invalid");
    line(Direction.SERVER, "250 mx1.good.mail.test");
    step(
        "c1/ehlo-tls",
        "c1",
        StepKind.EHLO_AFTER_TLS,
        StepStatus.OK,
        2,
        "REQUIRETLS not offered",
        connectionSteps);
    finding(
        FindingCode.REQUIRETLS_NOT_ADVERTISED, "mx1.good.mail.test [127.0.2.1]:25", "250 STARTTLS");
    finding(
        FindingCode.TLSRPT_PRESENT,
        "good.mail.test",
        "v=TLSRPTv1; rua=mailto:tlsrpt@good.mail.test");
    line(Direction.CLIENT, "QUIT");
    line(Direction.SERVER, "221 2.0.0 Bye");
    step("c1/quit", "c1", StepKind.QUIT, StepStatus.OK, 1, "221 2.0.0 Bye", connectionSteps);
  }

  public List<TraceEvent> events() {
    return List.copyOf(events);
  }

  public TraceReport report() {
    CertificateInfo leaf =
        new CertificateInfo(
            0,
            "CN=mx1.good.mail.test",
            "CN=mailpath lab CA",
            "1a2b",
            START.minusSeconds(86_400),
            START.plusSeconds(86_400 * 90L),
            List.of("DNS:mx1.good.mail.test"),
            "EC",
            256,
            "SHA256withECDSA",
            List.of("digitalSignature"),
            List.of("serverAuth"),
            false,
            false,
            new CertificateDetails(List.of(), List.of(), 0, null, false),
            "AB:CD",
            "");
    TlsObservation tls =
        new TlsObservation(
            "TLSv1.0-TLSv1.3",
            true,
            "TLSv1.3",
            "TLS_AES_128_GCM_SHA256",
            "x25519",
            "n/a",
            null,
            List.of(leaf),
            new ChainVerdict(
                true,
                null,
                true,
                "mx1.good.mail.test",
                true,
                "CN=mailpath lab CA",
                new ChainStructure(true, false, false, null)),
            "not stapled");
    SmtpObservation smtp =
        new SmtpObservation(
            true,
            "220 mx1.good.mail.test ESMTP lab",
            220,
            true,
            List.of("PIPELINING", "STARTTLS"),
            true,
            "220 2.0.0 Ready to start TLS",
            List.of("PIPELINING"));
    ConnectionReport connection =
        new ConnectionReport(
            PLAN, connectionSteps, transcript, smtp, tls, List.of(), List.of(), findings);
    MxResolution resolution =
        new MxResolution(
            "good.mail.test",
            MxResolution.Outcome.MX,
            List.of(
                new MxHost(
                    "mx1.good.mail.test",
                    10,
                    List.of(),
                    List.of("127.0.2.1"),
                    null,
                    DnssecStatus.SECURE,
                    null)),
            List.of(),
            List.of("good.mail.test. 300 IN MX 10 mx1.good.mail.test."),
            "127.0.0.1:5353",
            null,
            DnssecStatus.SECURE,
            null);
    return new TraceReport(
        "alice@good.mail.test",
        "good.mail.test",
        "lab",
        "test",
        START,
        Duration.ofMillis(66),
        resolution,
        dnsSteps,
        List.of(connection),
        findings,
        false);
  }

  private void step(
      String id,
      String scope,
      StepKind kind,
      StepStatus status,
      long millis,
      String summary,
      List<StepRecord> into) {
    StepRecord started =
        new StepRecord(id, scope, kind, StepStatus.RUNNING, clock, Duration.ZERO, "");
    events.add(new TraceEvent.StepStarted(started));
    clock = clock.plusMillis(millis);
    StepRecord finished = started.finish(status, Duration.ofMillis(millis), summary);
    events.add(new TraceEvent.StepFinished(finished));
    into.add(finished);
  }

  private void line(Direction direction, String text) {
    TranscriptLine line = new TranscriptLine(clock, direction, text);
    transcript.add(line);
    events.add(new TraceEvent.TranscriptAppended("c1", line));
  }

  private void finding(FindingCode code, String subject, String evidence) {
    Finding finding = code.raise(subject, "seen in the lab", evidence);
    findings.add(finding);
    events.add(new TraceEvent.FindingRaised(finding));
  }
}
