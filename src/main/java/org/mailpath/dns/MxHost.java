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
 * @param addressStatus whether addresses were found, and if not, what kind of answer came back
 */
public record MxHost(
    String name,
    int preference,
    List<String> cnameChain,
    List<String> addresses,
    String addressProblem,
    DnssecStatus dnssec,
    String dnssecReason,
    AddressStatus addressStatus) {

  /** What the address lookups of a host came to. */
  public enum AddressStatus {
    FOUND,
    /** NXDOMAIN: the name does not exist. */
    NO_SUCH_HOST,
    /** The name exists but has neither A nor AAAA records. */
    NO_ADDRESS_RECORDS,
    /** The resolver failed or did not answer: nothing is known about the name. */
    LOOKUP_FAILED,
    /** Beyond the trace's budget of MX hosts: not looked up, not probed. */
    NOT_LOOKED_UP
  }

  public MxHost {
    cnameChain = List.copyOf(cnameChain);
    addresses = List.copyOf(addresses);
    // The problem and the validator's reason may quote what a server sent (RemoteText).
    addressProblem = RemoteText.visible(addressProblem);
    dnssecReason = RemoteText.visible(dnssecReason);
    if (addressStatus == null) {
      addressStatus = addresses.isEmpty() ? AddressStatus.NO_ADDRESS_RECORDS : AddressStatus.FOUND;
    }
  }

  /** A host whose addresses are known without a lookup (an address literal, a test). */
  public MxHost(
      String name,
      int preference,
      List<String> cnameChain,
      List<String> addresses,
      String addressProblem,
      DnssecStatus dnssec,
      String dnssecReason) {
    this(name, preference, cnameChain, addresses, addressProblem, dnssec, dnssecReason, null);
  }
}
