package org.mailpath.dns;

import java.util.List;
import org.mailpath.text.RemoteText;

/**
 * Where mail for a domain goes, as DNS answered.
 *
 * @param domain the domain asked about (A-label)
 * @param outcome what kind of answer it was
 * @param hosts the MX hosts in preference order (for IMPLICIT, the domain itself)
 * @param cnameChain aliases followed from the domain itself while looking up MX
 * @param records the MX records as text, as received
 * @param server the DNS server asked ("system" or host:port)
 * @param problem the error text for NXDOMAIN/SERVFAIL/TIMEOUT, else null
 * @param dnssec the validation status of the MX RRset (or of its denial)
 * @param dnssecReason the validator's reason when not secure, or null
 */
public record MxResolution(
    String domain,
    Outcome outcome,
    List<MxHost> hosts,
    List<String> cnameChain,
    List<String> records,
    String server,
    String problem,
    DnssecStatus dnssec,
    String dnssecReason) {

  public MxResolution {
    hosts = List.copyOf(hosts);
    cnameChain = List.copyOf(cnameChain);
    records = List.copyOf(records);
    // The problem and the validator's reason may quote what a server sent (RemoteText).
    problem = RemoteText.visible(problem);
    dnssecReason = RemoteText.visible(dnssecReason);
  }

  public enum Outcome {
    /** MX records found. */
    MX("MX records found"),
    /** No MX: the domain's own address records act as an implicit MX (RFC 5321 §5.1). */
    IMPLICIT("no MX: the domain's own address acts as its mail server"),
    /** A single "MX 0 ." (RFC 7505): the domain accepts no mail. */
    NULL_MX("null MX: the domain accepts no mail"),
    /** The domain does not exist. */
    NXDOMAIN("the domain does not exist"),
    /** Neither MX nor address records exist. */
    NO_MAIL_RECORDS("neither MX nor address records"),
    /** The resolver failed (SERVFAIL, REFUSED) or did not answer in time. */
    SERVFAIL("the resolver failed or did not answer"),
    /** The target was a host: no MX lookup was made. */
    DIRECT("host given directly: no MX lookup");

    private final String label;

    Outcome(String label) {
      this.label = label;
    }

    /** What the MX lookup found, in words. */
    public String label() {
      return label;
    }
  }

  /** MX hosts grouped by equal preference, lowest preference first (RFC 5321 §5.1). */
  public List<List<MxHost>> preferenceGroups() {
    var groups = new java.util.ArrayList<List<MxHost>>();
    Integer current = null;
    for (MxHost host : hosts) {
      if (current == null || host.preference() != current) {
        groups.add(new java.util.ArrayList<>());
        current = host.preference();
      }
      groups.get(groups.size() - 1).add(host);
    }
    return groups.stream().map(List::copyOf).toList();
  }
}
