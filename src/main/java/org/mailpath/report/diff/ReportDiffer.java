package org.mailpath.report.diff;

import java.util.ArrayList;
import java.util.List;
import org.mailpath.trace.TraceReport;

/** Compares two trace reports aspect by aspect. */
public final class ReportDiffer {

  /**
   * The aspects compared, in the order they are shown. DNSSEC, TLSA records and the MTA-STS policy
   * id and mode join this list as their own DiffAspect once the report carries them.
   */
  public static final List<DiffAspect> ASPECTS =
      List.of(
          new MxSetAspect(),
          new AddressesAspect(),
          new StarttlsAspect(),
          new TlsVersionsAspect(),
          new EmsAspect(),
          new CertificateAspect(),
          new PolicyAspect(),
          new FindingsAspect());

  private final List<DiffAspect> aspects;

  public ReportDiffer() {
    this(ASPECTS);
  }

  public ReportDiffer(List<DiffAspect> aspects) {
    this.aspects = List.copyOf(aspects);
  }

  public ReportDiff diff(Long beforeId, TraceReport before, Long afterId, TraceReport after) {
    List<Change> changes = new ArrayList<>();
    List<String> notCompared = new ArrayList<>();
    for (DiffAspect aspect : aspects) {
      if (aspect.comparable(before, after)) {
        changes.addAll(aspect.compare(before, after));
      } else {
        notCompared.add(aspect.name());
      }
    }
    return new ReportDiff(
        ReportDiff.Side.of(beforeId, before),
        ReportDiff.Side.of(afterId, after),
        aspects.stream().map(DiffAspect::name).toList(),
        changes,
        notCompared);
  }
}
