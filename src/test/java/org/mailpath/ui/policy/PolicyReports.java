package org.mailpath.ui.policy;

import java.util.List;
import org.mailpath.dns.DnssecStatus;
import org.mailpath.policy.PolicyReport;
import org.mailpath.policy.requiretls.RequireTlsVerdict;
import org.mailpath.policy.sts.StsFetchResult;
import org.mailpath.policy.sts.StsMode;
import org.mailpath.policy.sts.StsPolicy;
import org.mailpath.policy.sts.StsTxtRecord;
import org.mailpath.policy.tlsrpt.TlsRptRecord;
import org.mailpath.trace.TraceReport;
import org.mailpath.ui.trace.ScriptedTrace;

/** The scripted report with a domain policy: MTA-STS enforce that lists another MX, and DANE. */
public final class PolicyReports {

  private PolicyReports() {}

  public static final String TLSA = "3 1 1 ab12cd34";

  public static TraceReport enforceWithMismatchAndDane() {
    PolicyReport policy =
        new PolicyReport(
            new StsTxtRecord(
                StsTxtRecord.Status.ANNOUNCED, "20261128", "v=STSv1; id=20261128", null),
            DnssecStatus.SECURE,
            new StsFetchResult(
                StsFetchResult.Outcome.OK,
                "https://mta-sts.good.mail.test/.well-known/mta-sts.txt",
                new StsPolicy(StsMode.ENFORCE, 604_800, List.of("mx9.good.mail.test")),
                null,
                null,
                List.of()),
            new TlsRptRecord(TlsRptRecord.Status.NONE, null, List.of(), null),
            null,
            List.of(
                new PolicyReport.DaneHost(
                    "mx1.good.mail.test",
                    "_25._tcp.mx1.good.mail.test",
                    DnssecStatus.SECURE,
                    List.of(TLSA),
                    "DANE_REQUIRED",
                    "secure, usable TLSA records",
                    List.of(new PolicyReport.DaneCheck("c1", "MATCH", TLSA, 0, null)))),
            new RequireTlsVerdict(
                RequireTlsVerdict.Outcome.RETURNED, null, "no host offers REQUIRETLS", List.of()));
    return withPolicy(new ScriptedTrace().report(), policy);
  }

  public static TraceReport withPolicy(TraceReport r, PolicyReport policy) {
    return new TraceReport(
        r.target(),
        r.domain(),
        r.network(),
        r.toolVersion(),
        r.started(),
        r.duration(),
        r.resolution(),
        r.steps(),
        r.connections(),
        r.findings(),
        r.cancelled(),
        r.exposure(),
        policy,
        r.outcomes());
  }
}
