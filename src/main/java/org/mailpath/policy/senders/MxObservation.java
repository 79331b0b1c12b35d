package org.mailpath.policy.senders;

import java.util.List;
import org.mailpath.policy.dane.DaneApplicability;

/**
 * One MX host as the trace saw it.
 *
 * @param host the MX target name
 * @param preference RFC 5321 §5.1: lower first
 * @param dane what DANE demands of this host ({@link DaneApplicability#decide})
 * @param stsAdmitted the domain's MTA-STS policy (if any) lists this host (RFC 8461 §4.1)
 * @param addresses every address of the host, in the order a sender dials them
 */
public record MxObservation(
    String host,
    int preference,
    DaneApplicability.Decision dane,
    boolean stsAdmitted,
    List<AddressObservation> addresses) {

  public MxObservation {
    addresses = List.copyOf(addresses);
  }
}
