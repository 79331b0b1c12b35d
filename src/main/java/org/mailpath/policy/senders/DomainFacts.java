package org.mailpath.policy.senders;

import java.util.Comparator;
import java.util.List;
import org.mailpath.dns.DnssecStatus;
import org.mailpath.policy.sts.StsMode;

/**
 * What the receiving domain published and what its MX hosts showed.
 *
 * @param domain the recipient domain
 * @param mxStatus the DNSSEC status of the MX RRset
 * @param stsMode the mode of a valid, fetched MTA-STS policy; null when there is none (no record,
 *     or the fetch or parse failed: RFC 8461 §3.3, senders then act as if there were no policy)
 * @param mxHosts the MX hosts (any order; the simulator sorts them by preference, stably)
 */
public record DomainFacts(
    String domain, DnssecStatus mxStatus, StsMode stsMode, List<MxObservation> mxHosts) {

  public DomainFacts {
    mxHosts = List.copyOf(mxHosts);
  }

  /**
   * RFC 5321 §5.1: lowest preference first. Hosts of equal preference are tried in random order by
   * real senders; the simulator keeps the given order and says so when it matters.
   */
  public List<MxObservation> inPreferenceOrder() {
    return mxHosts.stream().sorted(Comparator.comparingInt(MxObservation::preference)).toList();
  }
}
