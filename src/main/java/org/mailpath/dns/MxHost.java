package org.mailpath.dns;

import java.util.List;
import org.mailpath.text.RemoteText;

/**
 * One mail exchanger and where it points.
 *
 * @param name the MX target as published (A-label, no trailing dot)
 * @param preference RFC 5321 §5.1: lower is tried first; equal values are tried in random order
 * @param cnameChain aliases followed from {@code name} to the address records (empty when none)
 * @param addresses IPv4 then IPv6 addresses, in text form
 * @param addressProblem why no address was found (NXDOMAIN, SERVFAIL, timeout), or null
 * @param dnssec the validation status of the address records (the worse of A and AAAA)
 * @param dnssecReason the validator's reason when not secure, or null
 */
public record MxHost(
    String name,
    int preference,
    List<String> cnameChain,
    List<String> addresses,
    String addressProblem,
    DnssecStatus dnssec,
    String dnssecReason) {

  public MxHost {
    cnameChain = List.copyOf(cnameChain);
    addresses = List.copyOf(addresses);
    // The problem and the validator's reason may quote what a server sent (RemoteText).
    addressProblem = RemoteText.visible(addressProblem);
    dnssecReason = RemoteText.visible(dnssecReason);
  }
}
