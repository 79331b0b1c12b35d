package org.mailpath.report.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailpath.history.SampleReports;
import org.mailpath.report.diff.Change.Kind;
import org.mailpath.trace.TraceReport;

class ReportDifferTest {

  private static final String MX1 = "mx1.good.mail.test [127.0.0.1]";
  private static final String MX2 = "mx2.good.mail.test [::1]";

  private static ReportDiff diff(TraceReport before, TraceReport after) {
    return new ReportDiffer().diff(1L, before, 2L, after);
  }

  private static List<Change> fixed(String aspect) {
    return diff(SampleReports.full(), ReportVariants.fixed()).changesOf(aspect);
  }

  @Test
  void diff_sameReport_isEmpty() {
    ReportDiff diff = diff(SampleReports.full(), SampleReports.full());

    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.sameDomain()).isTrue();
    assertThat(diff.aspects())
        .containsExactly(
            "MX",
            "Addresses",
            "STARTTLS",
            "TLS versions",
            "EMS",
            "Certificate",
            "Domain policy",
            "Findings");
  }

  @Test
  void diff_dnssecOfMxChanged_isReportedUnderDomainPolicy() {
    var full = SampleReports.full();
    var r = full.resolution();
    var secured =
        new org.mailpath.dns.MxResolution(
            r.domain(),
            r.outcome(),
            r.hosts(),
            r.cnameChain(),
            r.records(),
            r.server(),
            r.problem(),
            org.mailpath.dns.DnssecStatus.SECURE,
            null);
    var after =
        new org.mailpath.trace.TraceReport(
            full.target(),
            full.domain(),
            full.network(),
            full.toolVersion(),
            full.started(),
            full.duration(),
            secured,
            full.steps(),
            full.connections(),
            full.findings(),
            full.cancelled());

    assertThat(diff(full, after).changes())
        .containsExactly(Change.changed("Domain policy", "DNSSEC of MX", "bogus", "secure"));
  }

  @Test
  void diff_newMxHost_isAdded() {
    assertThat(fixed("MX"))
        .containsExactly(Change.added("MX", "good.mail.test", "30 mx3.good.mail.test"));
  }

  @Test
  void diff_newAddress_isAddedUnderItsHost() {
    assertThat(fixed("Addresses"))
        .containsExactly(Change.added("Addresses", "mx1.good.mail.test", "127.0.0.9"));
  }

  @Test
  void diff_starttlsNowOffered_isChanged() {
    assertThat(fixed("STARTTLS"))
        .containsExactly(Change.changed("STARTTLS", MX2, "not offered", "offered"));
  }

  @Test
  void diff_tls13NowAccepted_isAdded() {
    assertThat(fixed("TLS versions")).containsExactly(Change.added("TLS versions", MX1, "TLSv1.3"));
  }

  @Test
  void diff_emsNowNegotiated_isChanged() {
    assertThat(fixed("EMS")).containsExactly(Change.changed("EMS", MX1 + " TLSv1.2", "no", "yes"));
  }

  @Test
  void diff_renewedCertificate_changesFingerprintAndNotAfter() {
    assertThat(fixed("Certificate"))
        .extracting(Change::kind, Change::before, Change::after)
        .containsExactly(
            tuple(Kind.CHANGED, "SHA-256 AB:CD:0", "SHA-256 EF:01:00"),
            tuple(Kind.CHANGED, "notAfter 2027-01-01T00:00:00Z", "notAfter 2027-06-01T00:00:00Z"));
  }

  @Test
  void diff_fixedProblems_findingsAreGone() {
    assertThat(fixed("Findings"))
        .extracting(Change::kind, Change::before)
        .containsExactlyInAnyOrder(
            tuple(Kind.REMOVED, "Warning tls13-not-supported"),
            tuple(Kind.REMOVED, "Warning tls12-without-ems"),
            tuple(Kind.REMOVED, "Error starttls-not-supported"));
  }

  @Test
  void diff_reversed_findingsAreAdded() {
    List<Change> findings =
        diff(ReportVariants.fixed(), SampleReports.full()).changesOf("Findings");

    assertThat(findings).hasSize(3).allMatch(c -> c.kind() == Kind.ADDED);
  }

  @Test
  void diff_differentDomains_saysSoAndStillCompares() {
    ReportDiff diff = diff(ReportVariants.fixed(), ReportVariants.otherDomain());

    assertThat(diff.sameDomain()).isFalse();
    assertThat(diff.changesOf("STARTTLS")).isNotEmpty();
  }

  @Test
  void diff_extraAspect_isComparedToo() {
    DiffAspect policy =
        new DiffAspect() {
          @Override
          public String name() {
            return "MTA-STS";
          }

          @Override
          public List<Change> compare(TraceReport before, TraceReport after) {
            return List.of(Change.changed("MTA-STS", after.domain(), "testing", "enforce"));
          }
        };

    ReportDiff diff =
        new ReportDiffer(List.of(policy)).diff(1L, SampleReports.full(), 2L, SampleReports.full());

    assertThat(diff.aspects()).containsExactly("MTA-STS");
    assertThat(diff.changes()).extracting(Change::after).containsExactly("enforce");
  }

  @Test
  void withoutPort_connectionSubject_dropsOnlyThePort() {
    assertThat(FindingsAspect.withoutPort("mx1.good.mail.test [127.0.2.1]:39419"))
        .isEqualTo("mx1.good.mail.test [127.0.2.1]");
    assertThat(FindingsAspect.withoutPort("good.mail.test")).isEqualTo("good.mail.test");
  }
}
