package org.mailpath.dns;

import java.util.ArrayList;
import java.util.List;
import org.mailpath.finding.Finding;
import org.mailpath.finding.FindingCode;

/** What the MX resolution means for a sender, as findings. */
public final class ResolutionFindings {
  private ResolutionFindings() {}

  public static List<Finding> of(MxResolution r) {
    List<Finding> out = new ArrayList<>();
    String domain = r.domain();
    List<String> records = r.records().stream().map(t -> domain + ". MX " + t).toList();
    // RFC 4035 §5.5 and RFC 7672 §2.1: a bogus answer is not an answer; validating senders treat
    // it as a lookup failure and defer.
    boolean mxBogus = r.dnssec() == DnssecStatus.BOGUS;
    if (mxBogus) {
      out.add(
          FindingCode.DNSSEC_INVALID.raise(
              domain,
              "The MX answer failed DNSSEC validation: " + r.dnssecReason() + ".",
              "server: " + r.server(),
              "validator: " + r.dnssecReason()));
    }
    switch (mxBogus && r.outcome() == MxResolution.Outcome.SERVFAIL
        ? MxResolution.Outcome.MX
        : r.outcome()) {
      case NULL_MX ->
          out.add(FindingCode.NULL_MX.raise(domain, "The only MX record is \"0 .\".", records));
      case NXDOMAIN ->
          out.add(
              FindingCode.DOMAIN_NOT_FOUND.raise(
                  domain, r.problem() + ".", "server: " + r.server()));
      case SERVFAIL ->
          out.add(
              FindingCode.DNS_SERVFAIL.raise(
                  domain, "The MX lookup failed: " + r.problem() + ".", "server: " + r.server()));
      case NO_MAIL_RECORDS ->
          out.add(
              FindingCode.MX_UNRESOLVABLE.raise(
                  domain,
                  "The domain has neither MX nor address records: " + r.problem() + ".",
                  "server: " + r.server()));
      case IMPLICIT ->
          out.add(
              FindingCode.IMPLICIT_MX.raise(
                  domain,
                  "No MX record; senders deliver to "
                      + String.join(", ", r.hosts().get(0).addresses())
                      + ".",
                  "MX " + domain + ": no records"));
      default -> {}
    }
    List<String> notProbed =
        r.hosts().stream()
            .filter(h -> h.addressStatus() == MxHost.AddressStatus.NOT_LOOKED_UP)
            .map(h -> "MX " + h.preference() + " " + h.name())
            .toList();
    if (!notProbed.isEmpty()) {
      out.add(
          FindingCode.MX_HOSTS_NOT_PROBED.raise(
              domain,
              notProbed.size()
                  + " of "
                  + r.hosts().size()
                  + " MX hosts were not looked up or probed: the trace stops after the first "
                  + (r.hosts().size() - notProbed.size())
                  + " by preference.",
              notProbed.size() > 20 ? notProbed.subList(0, 20) : notProbed));
    }
    for (MxHost host : r.hosts()) {
      if (host.addressStatus() == MxHost.AddressStatus.NOT_LOOKED_UP) {
        continue;
      }
      if (!host.cnameChain().isEmpty() && r.outcome() == MxResolution.Outcome.MX) {
        out.add(
            FindingCode.MX_POINTS_TO_CNAME.raise(
                host.name(),
                host.name() + " is an alias for " + String.join(" → ", host.cnameChain()) + ".",
                host.name() + ". CNAME " + host.cnameChain().get(0)));
      }
      if (host.dnssec() == DnssecStatus.BOGUS) {
        out.add(
            FindingCode.DNSSEC_INVALID.raise(
                host.name(),
                "The address records of "
                    + host.name()
                    + " failed DNSSEC validation: "
                    + host.dnssecReason()
                    + ".",
                "validator: " + host.dnssecReason()));
        continue;
      }
      if (host.addresses().isEmpty()) {
        boolean dnsFailed = host.addressStatus() == MxHost.AddressStatus.LOOKUP_FAILED;
        FindingCode code = dnsFailed ? FindingCode.DNS_SERVFAIL : FindingCode.MX_UNRESOLVABLE;
        out.add(
            code.raise(
                host.name(),
                "No address for MX host " + host.name() + ": " + host.addressProblem() + ".",
                "MX " + host.preference() + " " + host.name()));
      }
    }
    return out;
  }
}
